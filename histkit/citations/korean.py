"""Korean references: the author and a comma, a title in corner brackets, the parts after commas, units after numbers.

Korean journals (the 한국사연구 and 역사학보 rules) print no italics: a book's or journal's title in 『』 (or 《》),
an article's, chapter's or thesis's in 「」 (or 〈〉), after the author's name and a comma, the parts after commas:
``김영숙, 『책』, 서울: 혜안, 2006, 45~52쪽.``; an article names its journal in 『』 with its volume after it (a bare
number, ``제28권``, ``第5輯``) and its issue (``제3호``); a chapter names its book's editors before it
(``정윤태·한지윤 엮음, 『책』``); an imprint may stand in brackets after the title (``『책』(서울: 탐구당, 1972)``).
The numbers carry their unit after them (``45~52쪽``, ``112頁``, ``15면``); the year may too (``1937년``), and a
later edition's year is followed by the first's in brackets (``2018(초판 2010)``). The Japanese and Chinese works
Korean notes cite are written the same way (``山田正雄, 『書名』, 京城: 某會, 1939, 112頁``). A repeat prints the author,
a word for "the work cited" and the page (``김영숙, 앞의 책, 60쪽``) or the short title (``『書名』 第5輯, 30쪽``).
The Chinese notes of Taiwan's journals (台灣史研究, 新史學) cite in the same shape, the page's unit before the number
(``林某，《書名》（臺北：聯經出版事業公司，1998），頁45。``), a journal's volume and issue with the month after them
(``第5卷第2期（1999年12月）``), a translator after the author (``某某著，某某譯，《書名》``), a series in the imprint's
brackets (``臺灣研究叢刊第61種``), a Republic-of-China year (``民國47年``), the words "see" before the name (``參見``).
The shape is the script's and the marks'; the words (editors', translators', a thesis's, op. cit., the "see" after a
citation: ``참조``, ``와 비교``) are in ``reference_words.csv`` (kinds ``role_suffix``, ``thesis_clause``, ``op_cit``,
``see_after``, language ko). A newspaper's or gazette's issue, dated to the day (``1928년 5월 3일``), is no reference.
"""

from __future__ import annotations

import functools
import re

from .scriptfolds import fold_wide_punctuation
from .words import YEAR, alternation_in
from ..patterns import compiled

_HANGUL = "\uac00-\ud7a3"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff"
# a person's name: Hangul syllables (one word, `김영숙`), Chinese characters (`山田正雄`, a body's `某某聯合會`), or
# Latin words with capitals (`James Whitcombe`); several joined by a middle dot (`정윤태·한지윤`)
_ONE = rf"[{_HANGUL}]{{2,5}}|[{_HAN}]{{2,14}}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
_NAMES = rf"(?:{_ONE})(?:\s*[·・]\s*(?:{_ONE}))*"
_OPEN, _CLOSE = "『《「〈", "』》」〉"
_TITLE = compiled(rf"(?P<mark>[{_OPEN}])(?P<title>[^{_CLOSE}]+)[{_CLOSE}]")
# the pages, their unit after them (`45~52쪽`, `112頁`, `15면`)
_PAGES = compiled(r"(?P<pages>\d+(?:\s*[~～∼–—-]\s*\d+)?)\s*(?:쪽|頁|面|면|페이지)|[頁页]\s*(?P<before>\d+(?:\s*[~～∼–—-]\s*\d+)?)")
# a later edition's year, the first edition's in brackets after it: `2018(초판 2010)`
_YEAR_PART = compiled(rf"^(?P<year>{YEAR})\s*[년年]?\s*(?:\([^()]*{YEAR}[^()]*\))?$")
_DAY = compiled(rf"{YEAR}\s*[년年]\s*\d{{1,2}}\s*[월月]\s*\d{{1,2}}\s*[일日]")
# a journal's volume and issue with the month of the issue in brackets (`第5卷第2期(1999年12月)`)
_ISSUE_MONTH = compiled(rf"^(?:第\s*(?P<volume>\d+)\s*[卷輯集冊册]\s*)?第\s*(?P<issue>\d+)\s*[期號号]\s*"
                        rf"\((?P<year>{YEAR})\s*年[^()]*\)$")
# a year of an era of its own, no year of ours (`民國47年`), and a series with its number (`臺灣研究叢刊第61種`)
_ERA_YEAR = compiled(rf"^[{_HAN}]{{2}}\s*\d{{1,3}}\s*年$")
_SERIES = compiled(rf"^[{_HAN}]{{2,16}}第\s*\d+\s*[種种號号輯辑集]$")
_VOLUME = compiled(r"^(?:제\s*(?P<ko>\d+)\s*[권집]|第\s*(?P<han>\d+)\s*[輯卷集冊册]|(?P<bare>\d+))(?:\s*(?:제\s*)?(?P<issue>\d+)\s*[호號])?$")
_IMPRINT = compiled(r"^(?P<place>[^\s,:;()\d]{1,12})\s*:\s*(?P<publisher>[^,:;()]+?)$")
_PLACE = compiled(rf"^[{_HANGUL}{_HAN}]{{2,4}}$")
# a word of one to three syllables after the pages that end the citation: a remark, "see", "compare" (`112頁 참조`)
_REMARK_AFTER_PAGES = compiled(rf"(?<=\d[쪽頁面면])\s+[{_HANGUL}]{{1,3}}$")
# a part of two to five words of the script and no digit between the title and the year, where no publisher is read
# yet: an institution that prints it (a thesis's university, school and department: `서울대학교 대학원 국사학과 박사학위논문`)
_INSTITUTION = compiled(rf"^[{_HANGUL}{_HAN}]{{2,12}}(?:\s+[{_HANGUL}{_HAN}]{{1,12}}){{1,4}}$")


@functools.cache
def _words() -> dict[str, str]:
    return {kind: alternation_in("reference_words.csv", kind, ("ko", "ja", "zh"))
            for kind in ("role_suffix", "thesis_clause", "op_cit", "see_after", "lead")}


@functools.cache
def _head() -> re.Pattern:
    w = _words()
    # the authors (or editors, with their word after them) and a comma before the title's mark, at the start or after
    # the words of a sentence that introduces the work (`외국인 연구자의 평가로는 James Whitcombe, 『…』`)
    # (a translator's name and word after the author's: `宮坂某著，李某譯，《書名》`)
    return compiled(rf"(?:^|(?<=\s))(?P<authors>{_NAMES})(?:\s*(?P<role>{w['role_suffix']}|編|編著|著))?\s*,\s*"
                      rf"(?:(?:{_NAMES})\s*(?:{w['role_suffix']})\s*,\s*)?(?=[{_OPEN}])")


@functools.cache
def _repeat() -> re.Pattern:
    w = _words()
    return compiled(rf"^(?P<authors>{_NAMES})(?:\s*(?:{w['role_suffix']}|編))?\s*,\s*(?P<word>{w['op_cit']})\s*"
                      rf"(?:,\s*(?:{_PAGES.pattern}))?$")


def read_korean(text: str, ref: dict) -> dict | None:
    """``ref`` with the fields of a Korean reference (see the module's docstring), or None (``ref`` untouched) when
    ``text`` is not one.

    >>> ref = read_korean("박상철, 「조합원 구성」, 『한국사연구』 152, 2011, 211~245쪽, 특히 220쪽.", {})
    >>> ref["authors"], ref["title"], ref["container"], ref["volume"], ref["year"], ref["pages"]
    ('박상철', '조합원 구성', '한국사연구', '152', '2011', '211~245')
    """
    plain = fold_wide_punctuation(text).strip().rstrip(".").strip()
    if not re.search(f"[{_HANGUL}{_HAN}]", plain):
        return None
    plain = re.sub(rf"\s*(?:{_words()['see_after']})\s*$", "", plain).rstrip(". ")
    plain = _REMARK_AFTER_PAGES.sub("", plain)  # (`…, 112頁 참조`: "see", a word no list holds)
    lead = re.search(rf"(?:^|,)\s*(?:{_words()['lead']})\s*(?=[{_HAN}])", plain[:40])
    plain = plain[lead.end():] if lead else plain  # (`相關研究甚多，參見林某，《…》`: a sentence, "see", the work)
    repeat = _repeat().match(plain) if _words()["op_cit"] != "(?!)" else None
    if repeat:  # `김영숙, 앞의 책, 60쪽`: the author, the word for the work cited before, the page
        ref.update(authors=repeat.group("authors"), title=repeat.group("word"),
                   pages=repeat.group("pages") or repeat.group("before") or "")
        return ref
    if not re.search(f"[{_OPEN}]", plain):
        return None
    head = _head().search(plain)
    if head is not None and head.start() > 0 and not re.search(rf"[{_HANGUL}]\s*$", plain[:head.start()]):
        head = None  # (only a sentence's words may stand before the name, not another citation's parts)
    title = _TITLE.match(plain, head.end()) if head else _TITLE.match(plain)
    if title is None:
        return None
    rest = plain[title.end():]
    if _DAY.search(rest):  # `『동아일보』 1928년 5월 3일자`: a newspaper's or a gazette's issue, a source
        return None
    # (a name of Chinese characters takes the author's word after it, `某某著`, unless it is left out)
    authors = re.sub(rf"(?<=[{_HAN}]{{2}})(?:著|{_words()['role_suffix']})$", "", head.group("authors").strip()) if head else ""
    found = {"authors": authors, "title": title.group("title").strip()}
    if not _read_rest(rest, found) or not (head or found.get("pages")):
        return None  # (a quoted name in a sentence, or an archive's item with its number: not a work)
    ref.update(found)
    return ref


def is_korean_reference(piece: str) -> bool:
    """Whether ``piece`` reads as a Korean reference (`read_korean`).

    >>> is_korean_reference("김영숙, 『일제하 연구』, 서울: 혜안, 2006, 45~52쪽."), is_korean_reference("『동아일보』 1928년 5월 3일자.")
    (True, False)
    """
    return read_korean(piece, {}) is not None


def _parts(rest: str) -> list[str]:
    """``rest`` cut at its commas outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(rest):
        depth += (ch in "(『「《〈") - (ch in ")』」》〉")
        if ch == "," and depth == 0:
            parts.append(rest[start:i].strip())
            start = i + 1
    return [p for p in [*parts, rest[start:].strip()] if p]


def _read_rest(rest: str, found: dict) -> bool:
    """The fields of what follows the title into ``found``; False where a part is none of a reference's."""
    w = _words()
    bracket = re.match(r"^\s*\((?P<inner>[^()]+)\)", rest)
    if bracket:  # `『책』(서울: 탐구당, 1972), 34~36쪽`: the imprint in brackets after the title
        rest = bracket.group("inner") + "," + rest[bracket.end():]
    known = False
    for part in _parts(rest):
        part = re.sub(r"^특히\s*", "", part).strip()  # (`특히 220쪽`: "especially", the page cited in the range)
        container = _TITLE.match(part)
        pages = _PAGES.fullmatch(part)
        if container and not found.get("container"):
            found["container"] = container.group("title").strip()
            volume = _VOLUME.match(part[container.end():].strip())
            if volume:
                found["volume"] = volume.group("ko") or volume.group("han") or volume.group("bare") or ""
                found["issue"] = volume.group("issue") or ""
        elif (editors := re.fullmatch(rf"(?P<names>{_NAMES})\s*(?:{w['role_suffix']}|編|編著)\s*,?\s*(?P<rest>.*)", part)):
            if editors.group("rest"):  # `정윤태·한지윤 엮음, 『책』`: the editors, then the book a chapter is in
                return _read_rest(editors.group("rest"), found)
            continue
        elif pages:
            found.setdefault("pages", re.sub(r"\s+", "", pages.group("pages") or pages.group("before")))
        elif (issue := _ISSUE_MONTH.match(part)):
            found.update(volume=issue.group("volume") or "", issue=issue.group("issue"), year=issue.group("year"))
        elif _ERA_YEAR.match(part) or _SERIES.match(part):
            continue
        elif (year := _YEAR_PART.match(part)):
            found["year"] = year.group("year")
        elif (volume := _VOLUME.match(part)) and found.get("title"):
            found.setdefault("volume", volume.group("ko") or volume.group("han") or volume.group("bare") or "")
        elif (imprint := _IMPRINT.match(part)):
            found["place"], found["publisher"] = imprint.group("place"), imprint.group("publisher").strip()
        elif re.search(w["thesis_clause"], part):
            found["publisher"] = part  # (a thesis: the university, its school and department, before the words)
        elif _PLACE.match(part) and not found.get("place"):
            found["place"] = part  # `京城, 1937`: a place without its publisher
        elif _INSTITUTION.match(part) and not found.get("publisher") and len(part) <= 40:
            found["publisher"] = part  # (a thesis whose words no list holds: its university, school and department)
        elif re.fullmatch(r"[^\d,]{1,12}", part) and not re.search(r"[A-Za-z]\d", part):
            continue  # (`개정판`: an edition's word; a short word no field holds)
        else:
            return False  # (`관리번호 CJA0002345`: an archive's number; prose)
        known = True
    return known or not rest.strip()
