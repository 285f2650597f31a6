"""Thai references: the name before the first comma, the imprint in brackets with a Buddhist Era year.

Thai notes follow Chicago's order in a script without capitals, so the name is what stands before the first comma
(forename and surname, or a ministry as corporate author), the title runs to the imprint's bracket or to the first part
that opens with a translator's, editor's or edition's word (``แปลโดย``, ``บรรณาธิการโดย``, ``พิมพ์ครั้งที่ 2``; kinds
``role`` and ``edition`` of ``reference_words.csv``, language th), and the imprint is ``(Place: Publisher, 2540)``, its
year of the Buddhist Era (543 years after the common era's: 2540 is 1997), which is kept as printed:
``สมศักดิ์ วงศ์ทอง, ชื่อหนังสือ (กรุงเทพฯ: สำนักพิมพ์, 2540), หน้า 45–52``.
"""

from __future__ import annotations

import functools
import re

from ..dates import BUDDHIST_YEAR
from .words import YEAR, alternation
from ..patterns import compiled

_THAI = "\u0e00-\u0e7f"
_ANY_THAI = compiled(f"[{_THAI}]")
_IMPRINT = compiled(rf"\(\s*(?P<place>[^():,]{{2,40}}?)\s*:\s*(?P<publisher>[^()]+?)\s*,\s*"
                      rf"(?P<year>{BUDDHIST_YEAR}|{YEAR})\s*\)")


@functools.cache
def _clause() -> re.Pattern:
    words = "|".join(x for x in (alternation("reference_words.csv", "role", "th"),
                                  alternation("reference_words.csv", "edition", "th")) if x != "(?!)") or "(?!)"
    return compiled(rf"^(?:{words})")


@functools.cache
def _lead() -> re.Pattern:
    return compiled(rf"^(?:{alternation('reference_words.csv', 'lead', 'th')})\s+")


def read_thai(text: str, ref: dict) -> dict | None:
    """``ref`` with the authors, title, place, publisher and year of a Thai book (see the module's docstring), or
    None (``ref`` untouched) when ``text`` is not one.

    >>> ref = read_thai("ชื่อ นามสกุล, หนังสือ (กรุงเทพฯ: สำนักพิมพ์หนึ่ง, 2540), หน้า 45.", {})
    >>> ref["authors"], ref["title"], ref["place"], ref["publisher"], ref["year"]
    ('ชื่อ นามสกุล', 'หนังสือ', 'กรุงเทพฯ', 'สำนักพิมพ์หนึ่ง', '2540')
    """
    if not _ANY_THAI.search(text):  # (most pieces: a Thai book opens with a Thai letter once its lead is cut)
        return None
    text = _lead().sub("", text.strip())  # (`ดู สมศักดิ์ …`: "see")
    imprint = _IMPRINT.search(text)
    if imprint is None or not re.match(rf"[{_THAI}]", text):
        return None
    parts = [p.strip() for p in text[:imprint.start()].split(",")]
    if len(parts) < 2 or not parts[0] or re.search(r"[\d“”\"«»]", parts[0] + parts[1][:1]) or len(parts[0]) > 60:
        return None  # (a quoted title is an article's, another reader's; a number in the name is a file's)
    title = []
    for part in parts[1:]:
        if _clause().match(part):
            break  # (`แปลโดย ปรีชา นาคสุข`, `พิมพ์ครั้งที่ 2`: the translator, the edition; not the title's)
        title.append(part)
    if not "".join(title).strip():
        return None
    ref.update(authors=parts[0], title=", ".join(title).strip(), place=imprint.group("place"),
               publisher=imprint.group("publisher"), year=imprint.group("year"))
    return ref
