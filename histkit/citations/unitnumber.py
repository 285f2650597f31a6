"""A unit's number that reads as a year is no date: ``Ibid., hồ sơ 1242``, ``Ibid., caja 1235``.

Files, boxes and bundles are numbered in the thousands, so after an Ibid. a new unit's number (``hồ sơ 1242``) is
often between 1000 and 2099 and the date search reads it as a year. A number standing alone after a unit's word,
the whole first part of what follows the Ibid., numbers the unit; a day or month date there (``Д. 46. Л. 3. 12 марта
1920 г.``) or a unit that names its year (``V. 1962``, `holdings._UNIT_YEAR`) stays a date.
"""

from __future__ import annotations

import re

from ..dates import DateMatch
from ..patterns import compiled

# the words before the number: letters, full stops and spaces only (`hồ sơ `, `caja `, `kut. `)
_WORDS = compiled(r"[^\W\d_][^\W\d_.\s]*\.?(?:\s+[^\W\d_][^\W\d_.\s]*\.?)*\s+")

# after the number, Russian-style full stops may go on with the leaves alone (`Д. 1240. Л. 2.`, `Спр. 1240. Арк. 3 зв.`):
# the whole of what follows the Ibid. is then still the unit and its leaves, the number no year
_LEAVES_AFTER = compiled(r"\.\s*(?:лл?|арк|ll?|ff?|fol|bl|k|к)\.\s*\d+(?:\s*[–—-]\s*\d+)?(?:\s*(?:об|зв)\.?|[rv])?\.?", re.IGNORECASE)


def year_not_unit(dates: list[DateMatch], first: str, keyed: bool) -> list[DateMatch]:
    """``dates`` without a year that is only the number of the unit ``first`` opens with (``keyed``: it opens with a
    unit's word).

    >>> from histkit.dates import find_date_groups
    >>> [d.surface for d in year_not_unit(find_date_groups("hồ sơ 1242."), "hồ sơ 1242.", True)]
    []
    >>> [d.surface for d in year_not_unit(find_date_groups("Schreiben, 1242"), "Schreiben", False)]
    ['1242']
    """
    if not keyed:
        return dates
    return [d for d in dates if not (d.precision == "year" and _WORDS.fullmatch(first[:d.start])
                                     and (not first[d.end:].strip(" .") or _LEAVES_AFTER.fullmatch(first[d.end:].rstrip())))]
