"""Japanese-language references: the author glued to the title's corner brackets, the parts after commas, units after numbers.

Japanese humanities journals (the 史学雑誌 and 歴史学研究 house) print no italics and no comma after the author: a
book's or journal's title in 『』, an article's, chapter's or thesis's in 「」, straight after the name (surname first,
no space) or after an editor's or author's word (``編``, ``編著``, ``著``), a translator in brackets before it
(``ジョン・ハーディング（小林正人訳）『…』``): ``山本一郎『書名』出版社、1998年、45–52頁。``. An article's or chapter's
container stands in brackets after its title, with its editors (``（鈴木次郎編『論集』出版社、2003年）``) or its volume
and issue (``（『史学雑誌』第108編第3号、1999年）``), a thesis's degree and school likewise; the parts after the title are
cut at commas: a volume (``第2巻``, ``下巻``), an edition's word (``増補版``), the publisher (no place is printed), the
year with ``年`` and perhaps the first edition's in brackets (``1988年（初版1979年）``), the pages with ``頁``. A repeat
prints the surname glued to the word for "cited before" (``山本前掲書``, ``中島前掲論文``, ``鈴木編前掲書``), or to it and
the short title (``佐藤前掲「…」``), or the word first (``前掲の山本書``). The words (the op. cit. forms, the lead and
"see" words, the role's, the volume's) are in ``reference_words.csv`` (language ja); the shape is the script's.
"""

from __future__ import annotations

import functools
import re

from .scriptfolds import fold_wide_punctuation
from .words import YEAR, alternation
from ..patterns import compiled

_KANA_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# a name: Chinese characters and kana (`山本一郎`, a body's `農商務省工務局`), a Western name in katakana joined by `・`
_NAME = rf"[{_KANA_HAN}](?:[{_KANA_HAN}・]){{1,15}}"
_PAGES = compiled(r"(?P<pages>\d+(?:\s*[–—~〜-]\s*\d+)?)\s*(?:頁|ページ)")
_YEAR = compiled(rf"^(?P<year>{YEAR})\s*年(?:\s*\((?P<inner>[^()]*)\))?$")
_VOLUME = compiled(r"^(?:第\s*(?P<volume>\d+)\s*[巻編輯集冊]|(?P<part>[上中下])巻)(?:\s*第\s*(?P<issue>\d+)\s*号)?$")


@functools.cache
def _words() -> dict[str, str]:
    return {kind: alternation("reference_words.csv", kind, "ja")
            for kind in ("op_cit", "role_suffix", "lead", "see_after", "thesis_clause", "edition_word")}


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    return {
        # the authors (or editors, their word after them), a translator in brackets, the title's mark
        "head": compiled(rf"^(?P<authors>{_NAME}?)(?:\((?P<translator>[^()]+?)訳\))?(?:{w['role_suffix']}|著)?"
                           r"(?P<mark>[『「])(?P<title>[^』」]+)[』」]"),
        # `山本前掲書`, `鈴木編前掲書`, `佐藤前掲「…」` (the short title after the word), `前掲の山本書`
        "repeat": compiled(rf"^(?:(?P<authors>{_NAME}?)(?:{w['role_suffix']})?(?P<word>{w['op_cit']})"
                             rf"(?:「(?P<title>[^」]+)」)?|前掲の(?P<before>{_NAME}?)[書論文]+)"),
        "lead": compiled(rf"^(?:{w['lead']})\s*,?\s*"),
        "see": compiled(rf"\s*(?:{w['see_after']})\s*$"),
    }


def read_japanese(text: str, ref: dict) -> dict | None:
    """``ref`` with the fields of a Japanese-language reference (see the module's docstring), or None (``ref``
    untouched) when ``text`` is not one.

    >>> ref = read_japanese("田中一郎「論文」（『某学雑誌』第50巻第2号、1990年）、10–20頁。", {})
    >>> ref["authors"], ref["title"], ref["container"], ref["volume"], ref["issue"], ref["year"], ref["pages"]
    ('田中一郎', '論文', '某学雑誌', '50', '2', '1990', '10–20')
    """
    p = _patterns()
    plain = fold_wide_punctuation(text).strip().rstrip(".").strip()
    plain = p["see"].sub("", p["lead"].sub("", plain)).strip(" ,")
    repeat = p["repeat"].match(plain)
    if repeat and (repeat.group("authors") or repeat.group("before")):
        rest = plain[repeat.end():]
        if not re.fullmatch(r"(?:\s*,\s*[^,]*)*", rest):
            return None
        pages = _PAGES.search(rest)
        ref.update(authors=repeat.group("authors") or repeat.group("before"),
                   title=repeat.group("title") or repeat.group("word") or "前掲書",
                   pages=re.sub(r"\s+", "", pages.group("pages")) if pages else "")
        return ref
    head = p["head"].match(plain)
    if head is None or not head.group("authors"):
        return None
    found = {"authors": head.group("authors"), "title": head.group("title").strip()}
    if head.group("translator"):
        found["translator"] = head.group("translator").strip()
    if not _read_rest(plain[head.end():], found) or not (found.get("year") or found.get("pages")):
        return None  # (an archive's item after its holder, `…所蔵「文書」`; a quoted phrase in prose)
    ref.update({k: v for k, v in found.items() if k in ref or not ref})
    return ref


# an edition's word by its shape: a few characters ending in 版, "edition" (`増補版`, `改訂版`, `第2版`), no list needed
_EDITION = compiled(rf"[{_KANA_HAN}\d]{{1,4}}版")


def _parts(rest: str) -> list[str]:
    """``rest`` cut at its commas outside brackets, a bracket's content a part of its own."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(rest):
        if ch == "(" and depth == 0:
            parts.append(rest[start:i])
            start = i
        depth += (ch in "(『「") - (ch in ")』」")
        if (ch == "," and depth == 0) or (ch == ")" and depth == 0):
            parts.append(rest[start:i + (ch == ")")])
            start = i + 1
    return [p.strip(" ,") for p in [*parts, rest[start:]] if p.strip(" ,")]


def _read_rest(rest: str, found: dict) -> bool:
    """The fields of what follows the title into ``found``; False where a part is none of a reference's."""
    w = _words()
    for part in _parts(rest):
        if part.startswith("(") and part.endswith(")"):
            inner = part[1:-1].strip()
            container = re.match(rf"^(?:(?P<editors>[^『,]+?)(?:{w['role_suffix']}))?『(?P<title>[^』]+)』", inner)
            if container and not found.get("container"):  # `（鈴木次郎編『論集』…）`, `（『史学雑誌』第108編第3号、1999年）`
                found["container"] = container.group("title").strip()
                if container.group("editors"):
                    found["editors"] = container.group("editors").strip()
                _read_rest(inner[container.end():], found)
            elif re.search(w["thesis_clause"], inner):  # `（博士論文、…研究科、2010年）`: the school is the publisher
                parts = _parts(inner)
                found.update(publisher=next((x for x in parts[1:] if not _YEAR.match(x)), ""))
                _read_rest(",".join(x for x in parts[1:] if _YEAR.match(x)), found)
            elif (first := re.search(rf"(?P<year>{YEAR})\s*年", inner)):  # `（原著1994年）`: the original's year
                found.setdefault("first_edition", first.group("year"))
            continue
        part = re.sub(r"^とくに\s*", "", part)  # (`とくに18頁`: "especially", the page cited within the range)
        if (pages := _PAGES.fullmatch(part)):
            found.setdefault("pages", re.sub(r"\s+", "", pages.group("pages")))
        elif (year := _YEAR.match(part)):
            found["year"] = year.group("year")
        elif (volume := _VOLUME.match(part)):
            found.setdefault("volume", volume.group("volume") or volume.group("part") or "")
            found.setdefault("issue", volume.group("issue") or "")
        elif re.fullmatch(rf"[^\d,()]*(?:{w['edition_word']})", part) or _EDITION.fullmatch(part):
            found["edition"] = part  # `増補版` (or any edition's word, by the character that says it: `第三版`, `新訂版`)
        elif re.fullmatch(rf"[{_KANA_HAN}A-Za-z・ ]{{2,30}}", part) and not found.get("publisher"):
            found["publisher"] = part
        else:
            return False  # (`明43-2-15`: an archive's number; prose)
    return True


# where a Japanese note goes on to another work: after a sentence's ideographic full stop (`…、60頁。山本一郎「…」`; folded
# to `.`, glued to the characters on both sides, as no Western full stop is), at the ideographic comma after "besides"
# (`前掲の山本書のほか、中島健「…」`) or before "and" (`…頁、および John …`)
# (not a full stop before "and": `…、昭和13年3月1日。および防研所蔵…` goes on with the same holding, which the splitter reads)
# (each branch one of four marks, taken first and the branch told behind it: re skips to one class, not tries four
# branches at every character)
_STOP = compiled(rf"[。.、,](?:(?<=。)(?=\s*\S)(?!\s*(?:および|及び))|(?<=[{_KANA_HAN}]\.)(?=[{_KANA_HAN}『「])(?!\s*(?:および|及び))"
                   r"|(?<=のほか[、,])|(?<=[、,])(?=および|及び))")


def japanese_stops(text: str) -> list[int]:
    """The places where ``text``, a Japanese note, goes on to another work (`_STOP`); the character there separates.

    >>> japanese_stops("石川前掲論文、60頁。山本一郎「論文」、1頁。"), japanese_stops("同上、22頁。")
    ([10], [])
    """
    return [m.start() for m in _STOP.finditer(text)]


def glued_surnames(name: str) -> tuple[str, ...]:
    """What a short form may call the person ``name`` (one word) by when it is written the Japanese way: the
    beginnings of a name of Chinese characters or kana printed surname first with no space (`山本一郎` → `山本`,
    ``山本前掲書``), the last part of a katakana name joined by `・` (`ジョン・ハーディング` → `ハーディング`).

    >>> glued_surnames("山本一郎"), glued_surnames("ジョン・ハーディング"), glued_surnames("Smith")
    (('山', '山本', '山本一'), ('ハーディング',), ())
    """
    if not re.fullmatch(rf"[{_KANA_HAN}]{{3,}}", name):
        return ()
    if "・" in name:
        return (name.rsplit("・", 1)[1],)
    return tuple(name[:k] for k in range(1, len(name)))
