"""An Ibid. naming another file of the same holding, then its document's date.

``Ibid., box 22, file 30, f. 14, 28 September 1901``, ``Там же. Оп. 2. Д. 5, 3 мая 1920 г.``: the archive and the fond
are the ones repeated; the units the Ibid. names are its own file, and the date its own document's. Read as a
document's description (`holdings.read_ibid_tail`), the units became a title and the file repeated was the earlier
one; here the units that open the tail are the unit, the words after them the title.

Why not `ibidshape.read_new_unit`, which also reads an Ibid. naming its own unit: that one reads an Ibid. whose word
no list holds, found by its shape alone (`Smst., pk. 1128, brev`), whose first part after the word must be one unit
for the citation to be an Ibid. at all; it takes that one part as the unit, date or not. Here the word is known, and
one unit-like part is often the cited page (`Ibid., p. 4, 3 May 1950`): a new file is read only from two units or
more before a date, or one that no page's or leaf's mark opens (`Ibid., vol. 213, 2 mai 1848`), and every other
tail goes to `holdings.read_ibid_tail`. Each rule applied to the other's case
reads it wrongly (`box 22` alone the unit of `box 22, file 30, …`; `pk. 1128, brev` without a date read as no unit).

An Ibid. may also give the whole signature again with the fond it repeats (`Ibid., CHAR 20/45/14`, `Ibid., WO 32/1240,
5 June 1921`): the fond stays, what follows it in the signature is the unit (`same_fond_signature`), where the fond's
letters would have made the signature a document's title.
"""

from __future__ import annotations

import re

from ..dates import find_date_groups
from .holdings import is_unit_token
from .leaves import is_leaves
from .notetext import keeps_dot, set_date, split_commas
from ..patterns import compiled

# a part naming a page or a leaf, not a unit: `p. 4`, `S. 12`, `fol. 45`, `fs. 52-53`, `ll. 12–19`, `k. 23v`, `12`
_PAGE_OR_LEAF = compiled(r"(?:(?:pp?|ss?|str|с|стр|ll?|л|лл|арк|ark|bl|fols?|ff?|fs|fls?|cc?|k|к)\.\s*)?\d+[a-zv]?\.?(?:\s*[–—-]|$)",
                         re.IGNORECASE)

# a part that names pages or leaves by their mark: the Ibid.'s own pages of the unit it repeats, before its own date
_KEYED_PAGE = compiled(r"(?:pp?|str|с|стр|ll?|л|лл|арк|ark|bl|fols?|ff?|fs|fls?)\.\s*\d+[a-zv]?(?:\s*[–—-]\s*\d+[a-zv]?)?",
                       re.IGNORECASE)

# a fond opening the tail (`Там же, ф. 89, оп. 45, д. 13`): another fond, read as a holding (`read_ibid_tail`)
_FOND_FIRST = compiled(r"(?:fonds?|fondo|fundo|фонд|ф\.)(?![^\W\d_])", re.IGNORECASE)


def read_ibid_file(row: dict, tail: str) -> bool:
    """Read ``tail`` (what follows an Ibid.) into ``row`` when it opens with units and ends with a date; whether it did.

    >>> row = {"unit": "box 12, file 3", "title": "", "pages": ""}
    >>> read_ibid_file(row, "box 22, file 30, report of the agent, 28 September 1901")
    True
    >>> row["unit"], row["title"], row["date_start"]
    ('box 22, file 30', 'report of the agent', '1901-09-28')
    >>> read_ibid_file(row, "report of the agent, 28 September 1901")
    False
    >>> read_ibid_file(row, "Bd. 113, S. 12, Sitzung vom 4. Januar 1790"), row["unit"], row["pages"]
    (True, 'Bd. 113', 'S. 12')
    """
    if same_fond_signature(row, tail):
        return True
    dates = find_date_groups(tail)
    if not dates:
        return False
    head = tail[:dates[-1].start].rstrip(" ,;")
    # (the date may stand in brackets after the unit, `Ebd., Nr. 46 (Juni 1934)`, unless it gives in Gregorian terms
    # another calendar's date before it: `…, 3 محرم 1353هـ (18 April 1934)`)
    if head.endswith("(") and tail.rstrip(" .").endswith(")") and len(dates) == 1 and len(split_commas(head)) == 1:
        head = head.rstrip(" (")
    elif head.endswith("[") and tail.rstrip(" .").endswith("]") and len(dates) == 1:
        head = head[:-1].rstrip(" ,;")  # (a month the historian supplies after the no-date mark: `dossier C, s. d. [mars 1909]`)
    parts = split_commas(head)
    if not parts or _FOND_FIRST.match(parts[0]):
        return False
    leaves = 0  # (`Ibid., pp. 118–120, 7 April 1851`: the unit's pages; `Ebd., fol. 67v, Sitzung vom 17. März 1788`)
    while leaves < len(parts) and (_KEYED_PAGE.fullmatch(parts[leaves]) or is_leaves(parts[leaves])):
        leaves += 1
    if leaves and not any(is_unit_token(part) for part in parts[leaves:]):
        # (the unit's own leaves, then what the document is: its pages, title and date, the unit the one repeated)
        row["pages"], row["title"] = ", ".join(parts[:leaves]), ", ".join(parts[leaves:]).rstrip(" (")
        set_date(row, dates)
        return True
    units = 0
    # (not another calendar's date before the Gregorian in brackets: `…, 20 اسفند 1323 (11 مارس 1945)`)
    while units < len(parts) and is_unit_token(parts[units]) and "(" not in parts[units]:
        units += 1
    # (one unit alone may be a page: `Ibid., p. 4, 3 May 1950`; a file names two units, or one that is no page nor
    # leaf: `Ibid., vol. 213, séances des 2 et 9 mai 1848`, `Ibidem, caixa 113, …`, `Ibid., 124 AH 15, …`)
    if units < 2 and not (units == 1 and _PAGE_OR_LEAF.match(parts[0]) is None):
        return False
    leaves = units  # (the file's own leaves after it are no unit: `Ibídem, leg. 1235, fol. 12, 3 de junio de 1842`)
    while leaves > 1 and (_KEYED_PAGE.fullmatch(parts[leaves - 1]) or is_leaves(parts[leaves - 1])):
        leaves -= 1
    row["unit"] = ", ".join(parts[:leaves])
    row["title"] = ", ".join(parts[units:]).rstrip(" (")
    row["pages"] = ", ".join(parts[leaves:units])
    set_date(row, dates)
    return True


def same_fond_signature(row: dict, tail: str) -> bool:
    """Read a tail that opens with the repeated fond's signature into ``row``: its unit, then a date or a title.

    >>> row = {"fond": "CHAR 20", "unit": "45/13", "title": "", "pages": ""}
    >>> same_fond_signature(row, "CHAR 20/45/14"), row["unit"]
    (True, '45/14')
    >>> same_fond_signature(row, "WO 32/1240, 5 June 1921"), row["unit"]
    (False, '45/14')
    """
    parts, fond = split_commas(tail), (row.get("fond") or "").strip()
    if not parts or not fond or not parts[0].startswith(fond):
        return False
    unit = re.fullmatch(r"(?:/|\s)\s?(?P<unit>[\w./:–-]*\d[\w./:–-]*)", parts[0][len(fond):])
    if unit is None:
        return False
    unit = unit.group("unit")
    row["unit"], row["pages"] = (unit[:-1] if unit.endswith(".") and not keeps_dot(unit) else unit), ""
    rest = ", ".join(parts[1:])
    dates = find_date_groups(rest)
    if dates:
        set_date(row, dates)
    row["title"] = (rest[:dates[-1].start] if dates else rest).strip(" ,.") if rest else row.get("title", "")
    return True
