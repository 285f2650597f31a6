"""A Japanese archival citation: the archive, the document's title in 「」, its call number in brackets, its date.

``三井文庫所蔵「三井物産取締役会議事録」（物産 234）、大正9年3月12日条``, ``三菱史料館「三菱合資会社社誌」（MA-1234）、明治三十五年四月一日``:
Japanese historians name the archive (often with 所蔵, "held by"), then the document's title in corner brackets as they
would a book's, then the archive's call number in round brackets, then the day cited. The archive's name is the run of
letters before the title that ends in a word for archive (`archive_words.csv`: 史料館, 文庫 …) or a held word
(`held_words.csv`); the call number is a series' word and a number (`物産 234`: series and unit) or a code whole
(`MA-1234`).
"""

from __future__ import annotations


from .archives import Archive, ArchiveMatcher
from .cjkheld import held_archive, parse_held
from ..dates import find_date_groups
from .notetext import set_date
from .words import archive_word, held_word
from ..patterns import compiled

# the archive's name (no punctuation, no space), the title in corner brackets, the call number in round ones
_SHAPE = compiled(r"^(?P<name>[^\s、，,。「」（）()]{2,30}?)(?P<held>所蔵|所藏|蔵|藏)?「(?P<title>[^「」]{1,80})」"
                    r"\s*[（(](?P<call>[^（）()、，,]{1,30})[）)]")
# `物産 234`, `別子 45-2`: a series' word then the unit's number
_SERIES_UNIT = compiled(r"(?P<series>[^\d\s]{1,10})\s+(?P<unit>\d[\w-]*)")


def japanese_archive(text: str, matcher: ArchiveMatcher) -> tuple[Archive, int, int] | None:
    """The archive a citation of the Japanese shape names first, where its name starts and ends; None for another shape.

    >>> from histkit.citations.archives import default_matcher
    >>> archive, start, end = japanese_archive("三井文庫所蔵「議事録」（物産 234）、大正9年3月12日条。", default_matcher())
    >>> archive.name, start, end
    ('三井文庫', 0, 4)
    >>> japanese_archive("坂本雅子『財閥と帝国主義』（ミネルヴァ書房、2003年）", default_matcher()) is None
    True
    """
    m = _SHAPE.match(text)
    if m is None or not any(c.isdigit() for c in m.group("call")):
        return None if m is not None else held_archive(text, matcher)  # (`《title》，date，X档案馆藏，…`: `cjkheld`)
    name = m.group("name")
    if not (m.group("held") or archive_word().search(name)) or held_word().search(name):
        return None
    known = matcher.match(name)
    archive = known[0] if known is not None and known[1] == len(name) else Archive(name, name)
    return archive, 0, m.end("name")


def parse_japanese_archive(text: str, archive: Archive) -> dict:
    """The fields of a citation `japanese_archive` read: series (fond) and unit, title and the date after the brackets.

    >>> row = parse_japanese_archive("三井文庫所蔵「議事録」（物産 234）、大正9年3月12日条。", Archive("三井文庫", "三井文庫"))
    >>> row["fond"], row["unit"], row["title"], row["date_start"]
    ('物産', '234', '議事録', '1920-03-12')
    """
    m = _SHAPE.match(text)
    if m is None:  # (the archive glued to its held word after the document: `cjkheld`)
        return parse_held(text, archive)
    call = m.group("call").strip()
    split = _SERIES_UNIT.fullmatch(call)
    row = {"archive": archive.code, "archive_name": archive.name, "fond": split.group("series") if split else "",
           "collection": "", "unit": split.group("unit") if split else call, "title": m.group("title")}
    set_date(row, find_date_groups(text[m.end():]))
    return row
