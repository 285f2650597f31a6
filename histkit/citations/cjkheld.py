"""A Chinese or Japanese archival citation whose holding follows the document: `《title》，date，X档案馆藏，fond，call`.

Chinese historians cite a file after the document's title and date: ``《奉天省长公署训令》，民国二十年九月二十日，辽宁省档案馆藏，
奉天省长公署档案，全宗号JC10，目录号1，案卷号1234``; Japanese ones put the holding in brackets after them:
``「移民会社報告」大正8年（1919年）3月（広島県立文書館所蔵、木原家文書 112）``. The archive is the run of letters glued
to a held word (``held_words.csv``: 藏, 所蔵, …) that ends in a word for archive (``archive_words.csv``); after it come a
fond's name (letters, no digit), then the call: ``全宗号`` names the fond by number when no name did and the rest is
the unit as printed; a reference-number label (``call_labels.csv``: 档号, 관리번호) is no part of the unit
(``档号J101-2-345`` → ``J101-2-345``, as round 11's rows keep it); a Japanese call is words and a number parted by
spaces, series first and the number last (``県庁文書 戦前A 勧業 1234`` → fond ``県庁文書``, collection ``戦前A 勧業``,
unit ``1234``). The date is the description's (before the archive), else a year in brackets after the call.
"""

from __future__ import annotations

import functools
import re

from .archives import Archive, ArchiveMatcher
from ..dates import find_date_groups
from .notetext import set_date
from .words import alternation, archive_word
from ..patterns import compiled

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"


@functools.cache
def _held() -> re.Pattern:
    # the archive's name glued to the held word, after the start, a comma, a bracket or a title's closing mark, and
    # after a word leading to it (`另见苏州市档案馆藏`, `均见…藏`: "see also", "both in"; ``reference_words.csv``)
    return compiled(rf"(?:^|(?<=[,(」》』)]))\s*(?:{alternation('reference_words.csv', 'lead', 'zh')})?"
                    rf"(?P<name>[{_CJK}]{{2,30}}?)(?P<held>{alternation('held_words.csv')})"
                    rf"\s*(?=[,(「]|$)")


@functools.cache
def _label() -> re.Pattern:
    return compiled(rf"^(?:{alternation('call_labels.csv')})\s*:?\s*")


_FOND_NUMBER = compiled(r"^全宗号?\s*(?P<fond>[A-Za-z]*\d[\w-]*)$")


def held_archive(text: str, matcher: ArchiveMatcher) -> tuple[Archive, int, int] | None:
    """The archive a Chinese or Japanese citation names glued to a held word, with a call number after it; where its name
    starts and ends. None for another shape (and for a known archive the matcher reads at the start).

    >>> from histkit.citations.archives import default_matcher
    >>> archive, start, end = held_archive("《训令》,1931年9月20日,辽宁省档案馆藏,全宗号JC10,目录号1,案卷号1234.", default_matcher())
    >>> archive.name, start, end
    ('辽宁省档案馆', 16, 22)
    >>> held_archive("王某:《某书》,上海:某出版社,2005年,第45页.", default_matcher()) is None
    True
    """
    if matcher.match(text) is not None:
        return None
    for m in _held().finditer(text):
        name = m.group("name")
        word_end = [w.end() for w in archive_word().finditer(name)]
        if not word_end or word_end[-1] != len(name):
            continue
        call = _call(text, m.end())
        if not any(c.isdigit() for c in call):
            return None
        known = matcher.match(name)
        archive = known[0] if known is not None and known[1] == len(name) else Archive(name, name)
        return archive, m.start("name"), m.end("name")
    return None


def _call(text: str, held_end: int) -> str:
    """What follows the held word: to the bracket that closes the holding (Japanese), else to the citation's end; after
    a title in corner brackets, the call in the brackets after it."""
    rest = text[held_end:].lstrip(" ,")
    titled = re.match(r"「[^」]*」[^()]*\((?P<call>[^()]*)\)", rest)
    if titled:  # (`…所蔵「渡航者名簿」1930年8月14日(県庁文書 1-2-41)`: the title and date, then the call in brackets)
        return titled.group("call").strip()
    opened = text[:held_end].rfind("(") > text[:held_end].rfind(")")
    if opened and ")" in rest:
        rest = rest[:rest.index(")")]
    return rest.strip().rstrip(".").strip()


def parse_held(text: str, archive: Archive) -> dict:
    """The fields of a citation `held_archive` read: fond, collection, unit, title and date.

    >>> row = parse_held("《训令》,民国二十年九月二十日,辽宁省档案馆藏,奉天省长公署档案,全宗号JC10,目录号1,案卷号1234.",
    ...                  Archive("辽宁省档案馆", "辽宁省档案馆"))
    >>> row["fond"], row["unit"], row["title"], row["date_start"]
    ('奉天省长公署档案', '目录号1，案卷号1234', '训令', '1931-09-20')
    >>> row = parse_held("「報告」大正8年(1919年)3月(広島県立文書館所蔵,木原家文書 112).", Archive("広島県立文書館", "広島県立文書館"))
    >>> row["fond"], row["unit"], row["date_start"], row["date_end"]
    ('木原家文書', '112', '1919-03-01', '1919-03-31')
    """
    held = next((m for m in _held().finditer(text) if m.group("name") == archive.name), None) or _held().search(text)
    start = held.start("name") if held else 0
    call = _call(text, held.end() if held else 0)
    parts = [p.strip() for p in call.split(",") if p.strip()]
    # (the document after the call: `…，L029-001-0234，《…训令》，1934年5月12日`, `…，36-2-145，民国二十四年三月十五日呈文`)
    after = next((k for k, p in enumerate(parts) if k and (p[:1] in "《〈「『" or _dated(p))), len(parts))
    parts, described = parts[:after], ",".join(parts[after:])
    fond = parts.pop(0).strip("《》") if len(parts) > 1 and not any(c.isdigit() for c in parts[0]) else ""
    collection, unit = "", ""
    number = _FOND_NUMBER.match(parts[0]) if parts else None
    if number:
        fond, parts = fond or number.group("fond"), parts[1:]
    if len(parts) == 1 and " " in parts[0] and not fond:  # `県庁文書 戦前A 勧業 1234`: series, sub-series, number
        words = parts[0].split()
        if not any(c.isdigit() for c in words[0]) and any(c.isdigit() for c in words[-1]):
            fond, collection, parts = words[0], " ".join(words[1:-1]), [words[-1]]
    unit = "，".join(_label().sub("", p) for p in parts)
    unit = re.sub(r"\s*\([^()]*\)\s*$", "", unit)  # (`案卷号1301—1305(1934—1936年)`: the span is the date)
    before = text[:start]
    if held is not None and text[held.end():].lstrip().startswith("「"):
        before = text[held.end():text.find("(", held.end())]  # (the title and date between the held word and the call)
    title = re.search(r"[「《『〈](?P<title>[^」》』〉]+)[」》』〉]", before) or re.search(r"[「《『〈](?P<title>[^」》』〉]+)[」》』〉]", described)
    row = {"archive": archive.code, "archive_name": archive.name, "fond": fond, "collection": collection, "unit": unit,
           "title": title.group("title") if title else ""}
    # (a year in brackets after the call, `(1934—1936年)`, `(均为1932年)`, dates it; not the call's own numbers)
    set_date(row, _dates(before) or _dates(described) or [d for m in re.finditer(r"\(([^()]*)\)", call) for d in find_date_groups(m.group(1))])
    return row


def _dated(part: str) -> bool:
    """Whether a part of the call is a date (a day or a month: `1931年8月20日`, `民国二十四年三月十五日呈文`; a year or span
    with its mark and nothing else, `1946—1947年`), not a number."""
    found = find_date_groups(part)
    return any(d.precision in ("day", "month") for d in found) or (
        "年" in part and len(found) == 1 and found[0].end - found[0].start >= len(part.strip()) - 1)


def _dates(before: str) -> list:
    """The description's dates: a span of two era years (`昭和2年–昭和5年`) as one; an era year and its Gregorian year in
    brackets then a month (`大正8年(1919年)3月`) read as that month."""
    before = re.sub(r"[^\d\s,()]{1,3}\d{1,2}年\s*\((?P<year>\d{4}年)\)", r"\g<year>", before)
    found = find_date_groups(before)
    if len(found) == 2 and all(d.precision == "year" for d in found) and \
            re.fullmatch(r"\s*[–—~〜-]\s*", before[found[0].end:found[1].start]):
        first, last = found
        return [type(first)(first.start, last.end, before[first.start:last.end], first.date_start, last.date_end, "year")]
    return found
