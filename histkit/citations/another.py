"""A second document of the same archive in one citation, and what it keeps of the first.

``NARA, RG 84/2310/5, report of 3 Jan. 1943, and RG 84/2310/7, letter of 9 Feb.
1944``; ``NIOD, archief 216, inv.nr. 124, 3 juni 1942 / inv.nr. 130, 7 juli
1943``; ``BOA, DH.MKT. 2613/45, 3.1.1909; DH.MKT. 2614/7, 9.2.1909``: the
splitter cuts such a citation where the second document begins; here the second
is read as the first's archive with its own holding from the level its first
part names (a new fond, another series, another box) and its own date.
"""

from __future__ import annotations

import itertools
import re

from .archives import Archive
from ..dates import find_dates, says_undated
from .holdings import (describe, is_call_number, is_unit_token, opens_with_fond, parse_archival, read_another_file,
                       starts_with_call_number)
from .leads import JOINER
from .shapelead import abbreviated_unit, short_joiners
from .words import alternation, forms, unit_word_forms
from .locate import archive_inside, code_in_use, unknown_archive
from .notetext import Tokens, at_top_level, first_comma_part, split_commas
from ..patterns import compiled

# a holding's part names its level by the words before its number: `inv.nr. 130`, `kart. 14`, `RG 84/…`, `AOS/CO/NE-9A`
_KEYWORD = compiled(r"^[^\W\d_][^\d]*?(?=\s*\d)")

# `kart. 14`, `f. R-754`, `관리번호 AUS013_01` (a number with a letter or three before it); `1632. f.`, `112. kutxa`,
# Uzbek `12-fond`: an ordinal, then its level's word
_UNIT_WORD = compiled(r"^[^\W\d_][\w.°º]*\.?\s*(?:[A-ZА-Я]{1,3}-?)?\d")  # (`n° 113`: the sign of number)
# `PP/HWR/B.15`, `SA/FPA/A5/12`: a signature of three levels or more parted by slashes, capitals first
_SLASHED = compiled(r"[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.]+){2,}")
_ORDINAL_UNIT = compiled(r"\d{1,5}(?:\.\s?|-)[^\W\d_]{1,8}\.?")


# `…; исти фонд, к. 1216`, `…; même fonds, carton 12`: words for "the same fond" before the next document's units;
# also the word for "the same" and one word, the container's in any language (`samma volym, odaterad promemoria`,
# `même dossier : télégramme`, `same daftar, draft reply`, a compound up to twenty letters: `zelfde inventarisnummer`)
_SAME_HOLDING = compiled(rf"^(?:{alternation('same_holding.csv')}|(?:{alternation('same_words.csv')})\s+[^\W\d_]{{3,20}}"
                         r"(?:\s+[^\W\d_]{3,15})?)"  # (`aceleași Acte fasciculare`: a container of two words)
                           r"\s*[,:]\s*(?=\S)", re.IGNORECASE)


def without_same_holding(text: str) -> str:
    """``text`` without the words for "the same fond" it opens with (`исти фонд, к. 1216` is `к. 1216`).

    >>> without_same_holding("исти фонд, к. 1216, б. д."), without_same_holding("фонд НОР, к. 3")
    ('к. 1216, б. д.', 'фонд НОР, к. 3')
    """
    return _SAME_HOLDING.sub("", text, count=1)


# `…; memorandum, Vance to Carter, n.d., same box.`: a document described, then words saying it lies where the one
# before does
_SAME_HOLDING_AFTER = compiled(rf",\s*(?:{alternation('same_holding.csv')})\s*\.?\s*$", re.IGNORECASE)


def same_holding_after(text: str) -> re.Match | None:
    """Where words for "the same box" (`same_holding.csv`) end a document's description, or None.

    >>> same_holding_after("memorandum, Vance to Carter, n.d., same box.").start()
    33
    """
    return _SAME_HOLDING_AFTER.search(text)


def another_document_follows(text: str) -> bool:
    """Whether ``text``, a remark after a citation, is another document of the holding cited before it: words for "the
    same box" end it (`memorandum, Vance to Carter, n.d., same box.`), or it is short, opens with a unit or a call
    number and says it is undated (`D/L0013, udatert.`, `12351, undated.`, `same box, folder 15, n.d.`).

    >>> another_document_follows("D/L0013, udatert."), another_document_follows("same box, folder 15, n.d.")
    (True, True)
    >>> another_document_follows("12 letters survive, none of them dated."), another_document_follows("1936, n.d.")
    (False, False)
    """
    if same_holding_after(text):
        return True
    if len(text.split()) > _FURTHER_WORDS or not says_undated(text):
        return False
    return opens_with_holding(text) or _numbered_first(text)


def _numbered_first(text: str) -> bool:
    """Whether the first of ``text``'s comma parts, not its only one, is a few words holding a number and no date
    (`12351`, `D/L0013`, `Senat S 185.13`)."""
    parts = split_commas(text)
    first = parts[0].strip().rstrip(".") if parts else ""
    return len(parts) > 1 and _NUMBERED.fullmatch(first) is not None and not find_dates(first)


# a remark of more words than this says something of its own, though it opens with a number and says "undated"
_FURTHER_WORDS = 8
_NUMBERED = compiled(r"(?:[^\W\d_][\w.]*\s){0,2}[\w./-]*\d[\w./-]*")


def opens_with_holding(text: str) -> bool:
    """Whether ``text`` opens with a call number or a keyed unit (`RG 84/2310/7`, `kart. 14`), not with prose.

    >>> opens_with_holding("kart. 14, č. j. 77/41, 3. 2. 1941"), opens_with_holding("the letter of 3 May")
    (True, False)
    """
    text = without_and(text)  # `…, fol. 45; y libro 5, año 1702`: the word for "and" opens the next document
    if _SAME_HOLDING.match(text):  # `même carton, note anonyme, s.d.`: the words say it is the holding cited before
        return True
    parts = split_commas(without_same_holding(text))
    # `Д. 1235. Л. 7. Справка …`: the Russian style ends each level with a full stop
    first = re.split(r"(?<=\d)\.\s", parts[0])[0].rstrip(".") if parts else ""
    # `7 D, kansio 12`: a series numbered and lettered, then a keyed unit
    series = bool(_SERIES.fullmatch(first)) and len(parts) > 1 and is_unit_token(parts[1]) and bool(_UNIT_WORD.match(parts[1]))
    return bool(first) and (series or starts_with_call_number(text) or is_call_number(first)
                            or (bool(_SHELFMARK.fullmatch(first)) and (not find_dates(first) or _CODED.match(first)))
                            or bool(_WORD_NUMBER.fullmatch(first)) or _key(first) in unit_word_forms()
                            or bool(_ROMAN_OR_SPLIT_SHELFMARK.fullmatch(first))
                            or (bool(_SLASHED.fullmatch(first)) and any(map(str.isdigit, first)))
                            or (bool(_ORDINAL_UNIT.fullmatch(parts[0])) and all(d.precision == "year" for d in find_dates(parts[0])))
                            or (bool(_UNIT_WORD.match(first)) and len(first) <= 30 and not re.search(r"[^\W\d_]{5,}\s", first)))


_SERIES = compiled(r"\d{1,3}\s?[A-Z]{1,3}")

_AND_FIRST = compiled(rf"(?:{alternation('and_words.csv')})\s+(?=\S)", re.IGNORECASE)


def without_and(text: str) -> str:
    """``text`` without the word for "and" it opens with (`y libro 5, año 1702` is `libro 5, año 1702`).

    >>> without_and("y libro 5, año 1702"), without_and("Yale, box 4")
    ('libro 5, año 1702', 'Yale, box 4')
    """
    return _AND_FIRST.sub("", text, count=1) if _AND_FIRST.match(text) else text

# `dosar 235`, `lata 45`, `boîte 7/3`: one word and its number (parts of it after a slash or a full stop)
_WORD_NUMBER = compiled(r"[^\W\d_]{2,12}\.?\s*\d+(?:[/.]\d+)*[a-zа-я]?")

# `S-0884-0013-01`, `B CR 00/50-13`, `OA cp 1939.02.04`, `act nr. 301/939`: a signature of short letters (or
# abbreviations) and separated numbers; `B/47`: capitals, a slash and a number
_SHELFMARK = compiled(r"(?:[^\W\d_]{1,4}\.?[\s-]){0,3}\d+(?:[./-]\d+)+|[A-Z]{1,4}(?:/[A-Z]{1,6})*/\d+(?:[./-]\d+)*"
                        r"|[A-Z]{1,4}(?:/[A-Z]{1,6})+\s\d+")

# a series lettered and numbered in Roman, its volume after a colon (the Swedish `E II:46`, `F I:12`); a lettered code,
# a slash and a number before the file's (`Ef/2 12346`); a press, shelf and volume (`54-XI-13`, `51-VI-7`)
_ROMAN_OR_SPLIT_SHELFMARK = compiled(r"[^\W\d_]{1,4}\s?[IVXLC]{1,6}:\d+[a-z]?|[^\W\d_]{1,4}/\d+\s\d+|\d+-[IVXLC]{1,6}-\d+")

# `OA cp 1939.02.04`: a signature whose number is a date opens with a code of capitals
_CODED = compiled(r"[A-Z]{2,4}[\s-]|[A-Z]{1,4}(?:/[A-Z]{1,6})+\s")


def read_next_document(row: dict, text: str) -> None:
    """Read ``text`` as another document of the archive ``row`` (a copy of the citation before) cites.

    >>> first = parse_archival("NIOD, archief 216, inv.nr. 124, 3 juni 1942", Archive("NIOD", "NIOD"), 4)
    >>> read_next_document(first, "inv.nr. 130, 7 juli 1943")
    >>> first["fond"], first["unit"], first["date_start"]
    ('216', 'inv.nr. 130', '1943-07-07')

    The first part of ``text`` says which level changes: the same words as the
    fond's (`RG 84/…` after `RG 84/…`), a series of the collection, or one of
    the units (`inv.nr. …`, `kart. …`): what is above that level is kept, the
    rest and the date are the new document's. Without such words, as a call
    number after a citation (`read_another_file`). After words for the same
    holding and no unit (`même carton, note anonyme, s.d.`), the holding is
    the one before, and only the document and its date are new.
    """
    text = without_and(text)
    same = _SAME_HOLDING.match(text) is not None and not opens_with_holding(without_same_holding(text))
    holding = {k: row[k] for k in ("fond", "collection", "unit")}
    _read_next_document(row, without_same_holding(text))
    if same:
        row.update(holding)


def _read_next_document(row: dict, text: str) -> None:
    first = Tokens.of(text, 0).token(0) if Tokens.of(text, 0) else ""
    key = _key(first)
    collection = row["collection"].split(" / ") if row["collection"] else []
    units = row["unit"].split(", ") if row["unit"] else []
    level = next((("collection", j) for j, part in enumerate(collection) if _key(part) == key), None) if key else None
    level = level or (next((("unit", j) for j, part in enumerate(units) if _key(part) == key), None) if key else None)
    if level is None and opens_with_fond(first) and row["fond"]:
        level = ("fond", 0)  # `…, Л. 12; Ф. 719. Оп. 4. Д. 12`: a fond's word (the first's was left out), another fond
    if not key or _key(row["fond"]) == key or level is None:
        read_another_file(row, text)
        if not find_dates(text):  # another file is another document: an undated one has no date
            row.update(date_start="", date_end="", date_precision="", date_source="")
        return
    code = row["archive"]
    again = parse_archival(f"{code}, {text}", Archive(code, row["archive_name"]), len(code))
    holding = [part for part in (again["fond"], again["collection"], again["unit"]) if part]
    if len(holding) > 1 and f"{holding[0]}/{holding[1]}" == first:  # (`BMA/DEPT/2/47` after a unit: one signature)
        holding = [first, *holding[2:]]
    if level[0] == "fond":
        row.update(fond=again["fond"], collection=again["collection"], unit=again["unit"])
    elif level[0] == "collection":
        row.update(collection=" / ".join(collection[:level[1]] + holding[:1]), unit=", ".join(holding[1:]))
    else:
        row.update(unit=", ".join(units[:level[1]] + holding))
    row.update(title=again["title"], pages=again["pages"], place=again["place"])
    for col in ("date_start", "date_end", "date_precision", "date_source"):
        row[col] = again.get(col, "")  # the document's own date, or none: never the first one's


def _key(part: str) -> str:
    m = _KEYWORD.match(part.strip())
    return m.group(0).strip().lower() if m else ""


def next_document(piece: str) -> re.Match | None:
    """Where a citation names a second document of the same archive: after a dated one, a joiner and a unit or call number.

    >>> next_document("NARA, RG 84/2310/5, report of 3 Jan. 1943, and RG 84/2310/7, letter of 9 Feb. 1944").group()
    ', and '

    The joiner is `` / `` or a comma and a word for "and"; what comes before it
    must be dated or say it is undated (a document of its own), what follows must open with a box,
    file or call number, not with prose.
    """
    if " / " not in piece and "," not in piece:
        return None
    # (a short word on no list in small letters may be the language's "and": `…, 3 jan. 1944, och vol. 347`)
    joiners = sorted(itertools.chain(JOINER.finditer(piece), short_joiners(piece)), key=lambda m: m.start())
    for m in at_top_level(joiners, piece):
        first = first_comma_part(piece, m.end())
        before = piece[:m.start()]
        if _BARE_NUMBER.fullmatch(first.strip(" .")) and _BARE_NUMBER.fullmatch(split_commas(before)[-1].strip()):
            continue  # (`pp. 24, 36, and 132`, `Articles 57, 75(3), and 132(1)`: the last of a list of numbers)
        if (is_unit_token(first) or is_call_number(first) or abbreviated_unit(first)) \
                and (find_dates(_QUOTED.sub("", before)) or says_undated(before)):
            return m
        if _dated_part(split_commas(before)[-1:]) and _described(piece[m.end():]):
            return m  # `…, Diary, 3 June 1948, and Correspondence, n.d.`: words naming a document, and its own date
    return _unit_again(piece)


_BARE_NUMBER = compiled(r"\d{1,4}(?:\(\d{1,3}\))?")

# A title in quotation marks: a year inside it dates no document (`"La ley desvinculadora de 1820", en AHDE 60 (1990)`:
# an article, then Spanish `en` and its journal, which reads as Dutch "and" and a call number)
_QUOTED = compiled(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]')


# `hồ sơ 1240 và hồ sơ 1241`, `kart. 14 a kart. 15`: a word for "and" between two units of one word (`unit_words.csv`)
_AND = compiled(rf"\s+(?:{alternation('and_words.csv')})\s+(?=[^\W\d_])")


def _unit_again(piece: str) -> re.Match | None:
    """Where a unit's word comes again after a word for "and": each of the two units is a document of its own."""
    for m in at_top_level(_AND.finditer(piece), piece):
        key = _key(piece[m.end():m.end() + 30])
        if len(key.rstrip(".").replace(" ", "")) >= 3 and key in unit_word_forms() \
                and re.search(rf"(?:^|[\s,]){re.escape(key)}\s*\d[\w/.-]*$", piece[:m.start()], re.IGNORECASE):
            return m
    return None


# in a language written without spaces, the word for "and" right after the full stop or comma: `…3月1日。および防研所蔵…`
_CLOSE_JOINER = compiled(rf"(?<=[.,])(?:{alternation('and_words.csv', language='ja')})(?=\S)")
_HELD_FORMS = tuple(forms("held_words.csv"))  # (`防研所蔵`: a code, then the word saying the papers are held there)


def another_archive(piece: str, matcher, starts) -> re.Match | None:
    """`…, 12. März 1906, und Archiv der Vereinten Evangelischen Mission, …`, `ANOM, GGA 9 H 15, et ANS, 17 G 240`:
    where an archive's citation with its holding goes on with a comma, a word for "and" and another archive opening
    a citation of its own (a name ``matcher`` knows, or one with an archive word, then a comma or a full stop).
    ``starts`` tells whether a text opens with a citation (the splitter's, which may teach ``matcher``).

    >>> from histkit.citations.archives import default_matcher
    >>> another_archive("TNA, FO 371/1, and NARA, RG 59, box 3", default_matcher(), lambda text: True).group()
    ', and '
    """
    if "," not in piece and "." not in piece:
        return None
    joiners = sorted(itertools.chain(JOINER.finditer(piece), _CLOSE_JOINER.finditer(piece)), key=lambda m: m.start())
    for m in at_top_level(joiners, piece):
        before, after = piece[:m.start()], piece[m.end():]
        if m.group().strip() == "/" or not any(map(str.isdigit, before)):
            continue
        hit = matcher.match(after[:160])
        unknown = unknown_archive(after) if hit is None else None
        ends = hit is not None and (after[hit[1]:hit[1] + 1] in (",", ".") or after.startswith(_HELD_FORMS, hit[1]))
        if not (ends or (unknown and unknown[1] == 0)):
            continue
        if starts(before) or archive_inside(before, matcher) is not None or code_in_use(before) is not None:
            return m
    return None


def _described(text: str) -> bool:
    """Whether ``text`` names a document by a few words and dates it (or says it is undated), and is nothing more."""
    parts = split_commas(text.strip())
    return len(parts) == 2 and len(parts[0]) <= 60 and not any(map(str.isdigit, parts[0])) and _dated_part(parts[1:])


def _dated_part(parts: list[str]) -> bool:
    """Whether the one part in ``parts`` is a date to the day or month and nothing else, or a no-date mark."""
    if parts and says_undated(parts[0]):
        return len(parts[0].strip()) <= 16
    part = parts[0].strip().rstrip(".") if parts else ""
    dates = find_dates(part)
    return len(dates) == 1 and dates[0].precision != "year" and dates[0].start == 0 and dates[0].end >= len(part) - 1


def read_described_document(row: dict, text: str) -> None:
    """Read ``text``, words naming a document and its date, as another document of the holding ``row`` (a copy of
    the citation before) cites: its own title and date, or none.

    >>> row = {"title": "Diary", "pages": "", "date_start": "1948-06-03", "date_end": "1948-06-03", "date_precision": "day"}
    >>> read_described_document(row, "Correspondence, n.d.")
    >>> row["title"], row["date_start"]
    ('Correspondence', '')
    """
    if _numbered_first(text):  # `…; 12351, undated.`: another unit or file, read as a call number after a citation
        read_next_document(row, text)
        return
    row.update(title="", pages="", date_start="", date_end="", date_precision="", date_source="")
    same = same_holding_after(text)
    text = text[:same.start()] if same else text  # (`…, n.d., same box`: the holding is the one before)
    describe(row, text.strip().rstrip("."))
    if says_undated(text):
        row["title"] = split_commas(text)[0].strip()


def names_a_document(piece: str, matcher) -> bool:
    """An archive's name (as ``matcher`` knows it), three parts, and a day or month date or a call number: what a
    citation has and a sentence mentioning an archive mostly lacks (the splitter's last test of a piece).

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = default_matcher()
    >>> names_a_document("The National Archives, Kew, minute, 3 May 1950", matcher)
    True
    >>> names_a_document("a minute in the National Archives, 1950", matcher)
    False
    """
    if matcher.find_name(piece) is None or len(split_commas(piece)) < 3:
        return False
    return any(d.precision != "year" for d in find_dates(piece)) or bool(re.search(r"\d[/-]\d|\d{3,}[A-Z]|[A-Z]\d", piece))
