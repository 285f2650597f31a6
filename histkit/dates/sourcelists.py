"""The years of a list of sources that name no time the text speaks of: a holding's covering years and imprints.

An appendix that lists the sources consulted (under a heading of ``data/dates/sources_headings.csv``: `Appendix B.
Sources`, `Bijlage 2. Geraadpleegde bronnen`) names each holding with the years it covers (`Emily Wilding Davison
papers, 1905–1913.`, `Votes for Women, 1907–1918;`, `Directie Zeeland, 1945–1960, inv.nr. 1953`), as an archival
series named by its years does (the date rounds' rules 62 and 144), and each printed source with its imprint. A
document's or an issue's day or month in the list (`minute of 6 March 1912`, `The Suffragette, 18 October 1912`) is the
date of a source, a row (rules 58, 65).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled
from .values import DateMatch


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    forms = sorted({r["form"] for r in data_rows("dates", "sources_headings.csv")}, key=lambda f: (-len(f), f))
    return compiled(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, forms))})(?![^\W\d_])", re.IGNORECASE)


_AFTER_A_COMMA = compiled(r",\s*$")
# (the entry's part closes after the years: a full stop or semicolon, or a comma before the next part)
_CLOSING = compiled(r"\s*(?:[.;](?:\s|$)|,\s)")


def lists_sources(section: str) -> bool:
    """Whether a block under the heading ``section`` is a list of sources.

    >>> lists_sources("Bijlage 2. Geraadpleegde bronnen"), lists_sources("II. The Crisis Years, 1929–1933")
    (True, False)
    """
    return bool(section) and _heading().search(section) is not None


def names_a_holdings_years(text: str, date: DateMatch) -> bool:
    """Whether ``date``, in an entry of a list of sources, is a year or span of years after a comma that closes its
    part: the holding's covering years or an imprint.

    >>> text = "Emily Wilding Davison papers, 1905–1913.\\nThe Suffragette, 18 October 1912."
    >>> from histkit.dates import find_dates
    >>> [(d.surface, names_a_holdings_years(text, d)) for d in find_dates(text)]
    [('1905–1913', True), ('18 October 1912', False)]
    """
    return date.precision == "year" and date.surface[:1].isdigit() \
        and _AFTER_A_COMMA.search(text, max(0, date.start - 3), date.start) is not None \
        and (date.end == len(text) or _CLOSING.match(text, date.end) is not None)
