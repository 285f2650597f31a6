"""Journal abbreviations an article defines (`… Kwartalnik Historyczny (hereafter KH)`), and the short citations that
use them (`KH 12 (1990), 45`, `Nowak, Kasy, KH 12, 1990, 45`).

`definitions.py` learns a journal's abbreviation where a word for "hereafter" (``data/citations/hereafter.csv``)
defines it after a name that is not an archive's; `read_journal_short` reads a citation that names the journal by it.
"""

from __future__ import annotations

import functools
import re

from .words import YEAR
from ..patterns import compiled

# a journal's name: a few words, no digits (`Kwartalnik Historyczny`, `Zeitschrift der Savigny-Stiftung`)
_JOURNAL_NAME = compiled(r"[^\W\d_][^\d()]{1,78}[^\W\d_]")


def is_journal_name(name: str) -> bool:
    """Whether ``name`` may be a journal's: two to eight words, no digits or brackets.

    >>> is_journal_name("Kwartalnik Historyczny"), is_journal_name("Brief vom 3. Mai 1950")
    (True, False)
    """
    return _JOURNAL_NAME.fullmatch(name) is not None and 2 <= len(name.split()) <= 8


@functools.lru_cache(maxsize=256)
def _short(abbreviations: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(abbreviations, key=len, reverse=True))
    # `[Authors, [Title, ]]KH 12 (1990), 45` or `KH 12, 1990, 45–50`
    # (the definition itself may stand after the name: `Kwartalnik Historyczny (hereafter KH) 95 (1988), 3`)
    return re.compile(rf"^(?:(?P<head>.{{2,300}}?),\s*)?(?P<abbr>{names})(?:\s*\([^()]{{1,40}}\))?\s+(?P<volume>\d{{1,4}})\s*"
                      rf"(?:\((?P<year>{YEAR})\)|,\s*(?P<year_after>{YEAR}))(?![\d–—-])"
                      r"(?:\s*,?\s*(?:(?:pp?|S|s|str)\.\s*)?(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?))?\s*\.?\s*$")


def read_journal_short(text: str, journals: dict[str, str]) -> dict | None:
    """The fields of a citation naming a journal by an abbreviation the article defined (``journals``: abbreviation →
    name), or None.

    >>> read_journal_short("Nowak, Kasy, KH 12 (1990), 45.", {"KH": "Kwartalnik Historyczny"})
    {'authors': 'Nowak', 'title': 'Kasy', 'container': 'Kwartalnik Historyczny', 'volume': '12', 'year': '1990', 'pages': '45'}
    """
    if not journals:
        return None
    m = _short(tuple(journals)).match(text.strip())
    if m is None:
        return None
    head = [part.strip() for part in (m.group("head") or "").split(",", 1) if part.strip()]
    journal = journals[re.sub(r"\s+", " ", m.group("abbr"))]
    found = {"authors": head[0] if head else "", "title": head[1] if len(head) > 1 else "", "container": journal,
             "volume": m.group("volume"), "year": m.group("year") or m.group("year_after"), "pages": m.group("pages") or ""}
    if not head:  # `KZ 9 (1837) 160`: the journal's volume is the work cited (as TEI's `monogr/title[@level="j"]`)
        found.update(title=journal, container="")
    return found
