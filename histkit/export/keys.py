"""Citation keys: short, ASCII, stable and unique, so the same store always gives the same files.

A key is made from what a reader recognises (first author's family name or
the archive's code, the year, the first long word of the title), written in
Latin ASCII letters (Cyrillic transliterated, diacritics dropped) because
BibTeX and LaTeX want keys so. Two items with the same key get ``a``, ``b``
... in the order they come.
"""

from __future__ import annotations

import re
import unicodedata

import cyrtranslit
from ..patterns import compiled

#: Letters that do not decompose into an ASCII letter and a diacritic.
_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae",
                          "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ı": "i"})
_CYRILLIC = compiled(r"[\u0400-\u04FF]")
_WORD = compiled(r"[A-Za-z0-9]+")


def ascii_slug(text: str, limit: int = 24) -> str:
    """Text as lower-case ASCII letters and digits only: transliterated, diacritics dropped.

    >>> ascii_slug("Милован Ђилас"), ascii_slug("Đilas"), ascii_slug("Große Straße"), ascii_slug("11/II-19")
    ('milovandilas', 'dilas', 'grossestrasse', '11ii19')
    """
    if _CYRILLIC.search(text):
        text = cyrtranslit.to_latin(text, "sr")
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(_WORD.findall(text.encode("ascii", "ignore").decode("ascii"))).lower()[:limit]


def item_key(item: dict) -> str:
    """The key of a CSL item before it is made unique: who or where, when, and the title's first long word.

    >>> item_key({"author": [{"family": "Дедијер", "given": "Владимир"}], "issued": {"date-parts": [[1969]]},
    ...           "title": "Изгубљена битка"})
    'dedijer1969izgubljena'
    >>> item_key({"type": "manuscript", "custom": {"histkit": {"archive": "AJ", "unit": "11/II-19"}},
    ...           "issued": {"date-parts": [[1952, 7, 30]]}})
    'aj1952-11ii19'
    """
    year = ""
    parts = item.get("issued", {}).get("date-parts")
    if parts:
        year = str(parts[0][0])
    if item.get("type") == "manuscript":
        own = item.get("custom", {}).get("histkit", {})
        who = ascii_slug(own.get("archive") or item.get("archive", ""), 12) or "archive"
        where = ascii_slug(own.get("unit") or own.get("fond") or item.get("title", ""), 16)
        return f"{who}{year}-{where}" if where else f"{who}{year}"
    authors = item.get("author") or []
    who = ascii_slug(authors[0].get("family", ""), 16) if authors else ""
    words = [w for w in re.findall(r"\w+", item.get("title", "")) if len(w) > 3 and not w.isdigit()]
    what = ascii_slug(words[0], 12) if words else ""
    if not who:  # no author: the title's word leads, so the key starts with a letter
        return (what + year) or f"item{year}"
    return who + year + what


def assign_keys(items: list[dict]) -> list[dict]:
    """Give each item its ``id``, unique within the list: a suffix a, b, ... for the second and later of a key.

    >>> [i["id"] for i in assign_keys([{"title": "Tito and Spaak"}, {"title": "Tito and Spaak"}, {"title": "Spaak"}])]
    ['tito', 'titoa', 'spaak']
    """
    return _unique(items, set())


def make_unique(items: list[dict]) -> list[dict]:
    """Keys unique across lists already keyed apart (literature, then archival): a clash gets a suffix.

    >>> [i["id"] for i in make_unique([{"id": "x"}, {"id": "x"}])]
    ['x', 'xa']
    """
    taken: set[str] = set()
    for item in items:
        item["id"] = _free(item["id"], taken)
    return items


def _unique(items: list[dict], taken: set[str]) -> list[dict]:
    # The id first: a reader of the file sees which item it is before its fields.
    return [{"id": _free(item_key(item), taken), **{k: v for k, v in item.items() if k != "id"}} for item in items]


def _free(key: str, taken: set[str]) -> str:
    candidate, n = key, 0
    while candidate in taken:
        candidate = key + _suffix(n)
        n += 1
    taken.add(candidate)
    return candidate


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters
