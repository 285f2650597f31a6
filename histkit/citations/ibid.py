"""Ibid. and its kin in the languages met so far, and what an Ibid.'s tail changes in the citation it repeats."""

from __future__ import annotations

import re

from .archives import Archive
from ..dates import find_dates
from .notetext import find_dates_covering, set_date, split_commas
from .holdings import (_FILE_UNIT, _FOND_KEY, _LEAF_K, _PAGE_KEYED, _PAGE_TOKEN, _UNIT_AFTER_NUMBER, _UNIT_KEY,
                       _keeps_dot, _parse_archival)

#: Words for "the same place as the last citation", in the languages of the notes met so far.
_IBID_WORDS = (r"(?:Ibid(?:em)?|Ibd|Isto|Исто|Ebd|Ebenda|Ivi|Prav\s+tam|Tamże|Tamtéž|Tamže|Там\s+же|Там\s+само|Тамо|"
               r"Пак\s+там|Ugyanott|Ugyanitt|Uo|Po\s+aty|Αυτόθι)")

# `Idem`, `Id.` and a bare `Op. cit.` repeat the last citation only when nothing but pages follows
# (`Idem, La puissance en Europe, …` is the same author's other work)
_SAME_WORDS = r"(?:Idem|Id|Op\.\s*cit|Loc\.\s*cit|[ΌΟ]\.\s*π)"  # Greek `Ό.π.` is op. cit.

_IBID_TAIL = (r"(?:[^.;]|\.(?!\s+(?-i:[A-ZА-Ш]))|(?<=\d)\.(?=\s+[^\W\d_]+\.?\s+\d{4})"
              r"|(?<=[^\W\d_])(?<![^\W\d_]{5})\.(?=\s+[^\W_])|(?<=\d)\.(?=\s+[^\W\d_]{1,3}\.\s*\d))*")  # `sygn. XI/124`, `Bd. 3`: an abbreviation

_IBID = re.compile(
    rf"{_IBID_WORDS}(?=[.,;:]|\s*$)\.?(?:(?:\s*,\s*|\s+(?=[^\W\d_]{{1,3}}\.\s*\d))(?P<tail>{_IBID_TAIL}))?\.?"
    rf"|{_SAME_WORDS}(?=[.,;]|\s*$)\.?(?:\s*,\s*|\s+(?=at\s))?"
    rf"(?P<pages>(?:at\s+)?(?:(?:pp?\.|S\.|s\.|str\.|с\.|С\.)\s*)?\d+(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)?\.?(?=\s*$)",
    re.IGNORECASE)

# Chicago puts a document's description before `ibid.`: `Dulles to Embassy, 2/14/1957, ibid., 768.00/2-1457`
_IBID_INSIDE = re.compile(rf",\s+(?:{_IBID_WORDS})(?=[.,;]|\s*$)\.?(?:\s*,\s*|\s*$)", re.IGNORECASE)

_IBID_AT_SENTENCE = re.compile(rf"(?<=[.!?”\"'’)])\s+(?=(?:{_IBID_WORDS}|{_SAME_WORDS})(?=[.,;]|\s*$))")


def _read_ibid_tail(row: dict, tail: str) -> None:
    """What follows an Ibid.: pages, another file of the same series, or another document (its title and date)."""
    if not tail:
        return
    first = split_commas(tail)[0] if split_commas(tail) else tail
    if _PAGE_TOKEN.match(tail) or re.fullmatch(r"(?:at\s+)?[\d\s,–—-]+", tail) or _PAGE_KEYED.match(tail) \
            or re.match(r"fl\.\s*\d", tail) or (re.match(r"ff?\.\s*\d", tail) and _FILE_UNIT.match(row["unit"].split(", ")[-1])) \
            or (_LEAF_K.match(tail) and "sygn" in row["unit"].lower()) or (re.match(r"ff?\.\s*\d", tail) and row["unit"]):
        row["pages"] = re.sub(r"^at\s+", "", tail)
        return
    if _FOND_KEY.match(first) and row["archive"]:  # `Там же. Ф. 89. Оп. 45. Д. 13`: another fond of the same archive
        code = row["archive"]
        again = _parse_archival(f"{code}, {tail}", Archive(code, row["archive_name"]), len(code), {})
        row.update({k: again[k] for k in ("fond", "collection", "unit", "pages")})
        return
    dates = find_dates(tail)
    if dates or (re.search(r"[^\W\d_]{4,}", first) and not _UNIT_KEY.match(first) and not _UNIT_AFTER_NUMBER.match(first)):
        # `Ebd., Schreiben vom 12. Mai 1955`: another document of the same file
        title = tail[:dates[-1].start].rstrip(" ,") if dates and find_dates_covering(tail[dates[-1].start:]) else tail
        row["title"] = re.sub(r"\s+(?:vom|od|of|du|del|от|from)$", "", title)
        if dates:
            set_date(row, dates)
        return
    parts = split_commas(tail)
    pages = []
    while len(parts) > 1 and (_PAGE_KEYED.match(parts[-1]) or (_LEAF_K.match(parts[-1]) and "sygn" in tail.lower())):
        pages.insert(0, parts.pop())
    unit = ", ".join(parts)  # `Ibid., FO 371/107833`: the same series, another file
    row["unit"] = unit[:-1] if unit.endswith(".") and not _keeps_dot(unit) else unit
    row["pages"] = ", ".join(pages)


# What makes an Ibid. with a tail (`ibid., 11/II-2, Report of 19 January`) another document of the same file.
_DOCUMENT_FIELDS = ("unit", "title", "date_start")


def _ibid_target(last: dict) -> str:
    """The label an Ibid. points to: the citation it repeats, followed back through plain Ibid. repeats.

    An Ibid. that named a document of its own (another unit, title or date)
    is itself the source of the Ibid. after it.
    """
    if last["kind"] == "ibid" and last["ibid_of"] and not last.get("_new_document"):
        return last["ibid_of"]
    return f"{last['note_no']}:{last['seq']}"
