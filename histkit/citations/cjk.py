"""Chinese and Japanese references: titles in double angle brackets, full-width punctuation, units after numbers.

Chinese journals (the 《历史研究》 rules) and Japanese ones print a reference without italics: the author (surname
first, no space), a colon, the title in 《》 (an article's in 《》 or 〈〉/「」 too), then the parts after full-width
commas: ``王某：《书名》，上海：某出版社，2005年，第45—52页。``; an article names its journal in 《》 with the year and
issue glued to it, ``《史林》2008年第3期``; a chapter's book follows ``载`` (in) with its editor (``某某主编：《论集》第2辑``);
a translator's name ends in ``译``. The numbers carry their unit after them (``2005年`` year, ``第3期`` issue,
``第2辑``/``第2卷`` volume, ``第45页``/``第55頁`` page): the shape of the script, read here by the characters that
end a number. A repeat prints the author and title without imprint (``王某：《书名》，第60页``); ``前引某某文`` (the
article of that author cited before) names the author only. The words (``载``, ``前引``, the editor's and translator's,
a thesis's) are in ``reference_words.csv`` (kinds ``in``, ``op_cit``, ``role_suffix``, ``thesis_clause``, ``lead``, language zh/ja).
"""

from __future__ import annotations

import functools
import re

from .japanese import read_japanese
from .korean import read_korean
from .scriptfolds import fold_wide_punctuation
from .thai import read_thai
from .words import YEAR, alternation_in
from ..patterns import compiled

# a title in double angle brackets (the Chinese title marks), or in the corner brackets and single angle ones
_TITLE = compiled(r"[《〈「『](?P<title>[^》〉」』]+)[》〉」』]")
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_ANY_CJK = compiled(f"[{_CJK}\uac00-\ud7a3]")  # (a kana, a Han character or a Hangul syllable: compiled once)
_PAGES = compiled(r"第?\s*(?P<pages>\d+(?:\s*[—–-]+\s*\d+)?)\s*[页頁]")
_YEAR_UNIT = compiled(rf"(?P<year>{YEAR})\s*年")
_ISSUE = compiled(r"第\s*(?P<issue>\d+)\s*[期号號]")
_DATE = compiled(rf"\s*{YEAR}\s*年\s*\d+\s*月")
_VOLUME = compiled(r"第\s*(?P<volume>\d+)\s*[辑輯卷册冊集]")


@functools.cache
def _words() -> dict[str, str]:
    return {kind: alternation_in("reference_words.csv", kind, ("zh", "ja"))
            for kind in ("in", "op_cit", "role_suffix", "thesis_clause", "lead")}


@functools.cache
def _head() -> re.Pattern:
    w = _words()
    # the authors before the colon: a bracketed nationality (`[美]`), names joined by `、`, an editor's word after them
    return compiled(rf"^(?:{w['lead']})?\s*(?:\[[{_CJK}]\]\s*)?(?P<authors>[^《〈「『:,;()]{{1,40}}?)\s*"
                      rf"(?P<role>{w['role_suffix']})?\s*:\s*(?=[《〈「『])")


def is_cjk_reference(piece: str) -> bool:
    """Whether ``piece`` is a Chinese or Japanese reference: a title in 《》 after an author's colon, or in 《》 with a
    year, a publisher's colon or a page after it, or the "cited before" form (`前引某某文`).

    >>> is_cjk_reference("王某：《某书》，上海：上海人民出版社，2005年，第45页。"), is_cjk_reference("同上，第20页。")
    (True, False)
    """
    return read_cjk(piece, {}) is not None


def read_cjk(text: str, ref: dict) -> dict | None:
    """``ref`` with the fields of a Chinese or Japanese reference (see the module's docstring), or None (``ref``
    untouched) when ``text`` is not one. Page ranges keep their dash; the year is the digits before ``年``.

    >>> ref = read_cjk("李某：《某文》，《史林》2008年第3期，第12—30页。", {})
    >>> ref["authors"], ref["title"], ref["container"], ref["year"], ref["issue"], ref["pages"]
    ('李某', '某文', '史林', '2008', '3', '12—30')
    """
    plain = fold_wide_punctuation(text).strip().rstrip(".").strip()
    w = _words()
    if read_thai(plain, ref) is not None:  # `ชื่อ นามสกุล, หนังสือ (กรุงเทพฯ: สำนักพิมพ์, 2540)`: Thai, its own era's year
        return ref
    if not _ANY_CJK.search(plain):
        return None
    if read_japanese(plain, ref) is not None:  # `山本一郎『書名』出版社、1998年、45頁`: the name glued to the title's mark
        return ref
    if read_korean(plain, ref) is not None:  # `김영숙, 『책』, 서울: 혜안, 2006, 45~52쪽`: the Korean house, a comma after the author
        return ref
    quoted = re.search(rf",\s*(?={w['lead']})", plain)
    if quoted:  # `《申报》社评，转引自王某：《书名》`: what a quotation is taken from is the work cited
        plain = plain[quoted.end():]
    cited = re.match(rf"^(?:{w['lead']})?\s*(?:{w['op_cit']})\s*(?P<authors>[{_CJK}·]{{2,8}}?)[文书書]\s*(?:,|$)", plain)
    if cited:  # `前引李某文，第25页`: the author's article cited before
        found = {"authors": cited.group("authors"), "pages": _pages(plain[cited.end():])}
        ref.update(found)
        return ref
    head = _head().match(plain)
    title = _TITLE.match(plain, head.end()) if head else _TITLE.search(plain[:12])
    if title is None or (head is None and not re.fullmatch(rf"\s*(?:{w['lead']})?\s*", plain[:title.start()])):
        return None
    rest = plain[title.end():]
    if _DATE.match(rest.lstrip(" ,")):  # `《申报》1931年7月12日，第13版` (or after a comma): a newspaper's issue, a source
        return None
    if head is None and not (_YEAR_UNIT.search(rest) or _PAGES.search(rest) or ":" in rest):
        return None  # (a quoted name in a sentence, not a work)
    found = {"authors": head.group("authors").strip() if head else "", "title": title.group("title").strip()}
    _read_rest(rest, found, w)
    ref.update(found)
    return ref


def _read_rest(rest: str, found: dict, w: dict) -> None:
    container = re.search(rf"(?:^|,)\s*(?:{w['in']})?\s*(?:(?P<editor>[^《,:]{{1,30}}?)(?:{w['role_suffix']})\s*:\s*)?"
                          r"《(?P<container>[^》]+)》", rest)
    if container:
        found["container"] = container.group("container").strip()
        after = rest[container.end():]
        volume, issue = _VOLUME.match(after.lstrip()), _ISSUE.search(after[:20])
        if volume:
            found["volume"] = volume.group("volume")
        if issue:
            found["issue"] = issue.group("issue")
        rest = rest[:container.start()] + "," + after
    year = _YEAR_UNIT.search(rest)
    if year:
        found["year"] = year.group("year")
    found["pages"] = _pages(rest)
    imprint = re.search(rf"(?:^|,)\s*(?P<place>[{_CJK}]{{2,6}})\s*:\s*(?P<publisher>[^,:]+?)\s*(?=,|$)", rest)
    if imprint:
        found["place"], found["publisher"] = imprint.group("place"), imprint.group("publisher")
    elif re.search(w["thesis_clause"], rest):  # a thesis: the university after the words saying it is one
        parts = [p.strip() for p in rest.split(",") if p.strip()]
        words = [i for i, p in enumerate(parts) if re.search(w["thesis_clause"], p)]
        after = parts[words[0] + 1:] if words else []
        if after and not _YEAR_UNIT.match(after[0]):
            found["publisher"] = after[0]


def _pages(text: str) -> str:
    pages = _PAGES.search(text)
    return re.sub(r"\s+", "", pages.group("pages")) if pages else ""


# a title in Chinese or Japanese characters after its romanised form and before the book it is in: `“Minzu juan” 民族卷,
# in Zhongguo da baike quanshu`, the original-script title the romanised one glosses
_GLOSS_THEN_CONTAINER = compiled(rf"^(?P<gloss>[{_CJK}][{_CJK}\s·・–—-]*?)\s*,\s*(?:in:?\s+)?(?P<container>\S.*)$")


def gloss_out_of_container(ref: dict) -> dict:
    """``ref`` with a romanised title's characters, read as the start of its container, put back after the title.

    >>> ref = gloss_out_of_container({"title": "Minzu juan", "container": "民族卷, in Zhongguo da baike quanshu"})
    >>> ref["title"], ref["container"]
    ('Minzu juan 民族卷', 'Zhongguo da baike quanshu')
    """
    found = _GLOSS_THEN_CONTAINER.match(str(ref.get("container") or ""))
    if found is None or not ref.get("title") or re.search(f"[{_CJK}]", str(ref["title"])):
        return ref
    ref.update(title=f"{ref['title']} {found.group('gloss').strip()}", container=found.group("container").strip())
    return ref
