"""A work cited with no author, read by its shape: a title, then the imprint that ends a book.

Statistical yearbooks, censuses and a body's reports are cited by their title
alone: `Statistisk årsbok för Stockholms stad 1915 (Stockholm 1916), s. 112`,
`Annuaire statistique de l’Indochine, 1923-1929, Hanoi, Imprimerie d’Extrême-Orient, 1931, p. 88`,
`Štatistická ročenka … 1954. Praha : Orbis, 1955, s. 112`. The readers of
the other styles find a book by the person's name that opens it; here no
name stands first, and the imprint says it is a book: a place and a publisher
before the year (`Place: Publisher, 1929`, `Place, Publisher Name, 1931`), a place
and year in brackets (`(Stockholm 1916)`), or a place and year after a long
title. The title must read as one: a capital first, words in small letters
among its words, or a year (a person's or a body's name is capitalised throughout, and has none), no
word of an archive or of an archival unit (`fond`, `box`), so that a file's
`Fond 12, Moskva, 1909` is not taken for a book.

An article with no author is read so too (`authorless_article`): a title, then `in:` and a journal's name, volume
(Arabic or Roman), year in brackets and pages, as the early journals' pieces are cited: `Dr. Molineux’s Historical
Account of the late General Coughs and Colds, in: PTRS XVIII (1694) 105–111, 105`.
"""

from __future__ import annotations

import functools
import re

from .heads import lead_abbreviation
from .names import is_name
from .words import CAPITAL, LOWER, PAGE_MARK_SHAPE, PAGE_RANGE, VOLUME_MARK_SHAPE, YEAR, alternation, archive_word, page_mark_shape, \
    unit_word_forms
from ..patterns import compiled

# a place: one to three capitalised words (`Hanoi`, `La Habana`, `București`), no digit
_PLACE = rf"[{CAPITAL}][^\W\d_’'.-]*(?:[-\s][{CAPITAL}]?[^\W\d_’'.-]+){{0,2}}"
# a publisher: a capital, then no comma, colon, bracket or digit (`Imprimerie d’Extrême-Orient`, `Orbis`)
_PUBLISHER = rf"[{CAPITAL}][^,:;()\d]{{1,80}}?"
_IMPRINT = compiled(
    rf"(?:[,.]\s*{_PLACE}\s*:\s*{_PUBLISHER}\s*,?"  # `, Ankara: Başvekâlet …, 1929`, `. Praha : Orbis, 1955`
    rf"|[,.]\s*{_PLACE}\s*,\s*{_PUBLISHER}\s+[^\W\d_][^,:;()\d]*?\s*,"  # `, Hanoi, Imprimerie d’Extrême-Orient, 1931`
    rf"|\s*\(\s*{_PLACE}\s*(?:[:,]\s*{_PUBLISHER}\s*)?,?"  # `(Stockholm 1916)`, `(La Habana: Imp. La Moderna, 1916)`
    rf"|(?P<bare>,\s*{_PLACE}\s*,))"  # `, Ковна, 1909`: the place alone, after a long title only
    rf"\s*(?P<year>{YEAR})\)?$")

# what `_IMPRINT` needs at the end: the year, a bracket's close after it (looked for in the last six characters: the
# year, the bracket and the line end `$` may stand before); and, before the pages `_pages_end` cuts, a year and a comma
_ENDS_IN_YEAR = compiled(rf"{YEAR}\)?$")
_YEAR_BEFORE_COMMA = compiled(rf"{YEAR}\)?(?:[\s.]*,|\.\s+\d)")  # (`…, 1936. 112.`: the Hungarian order)


@functools.cache
def _pages_end() -> re.Pattern:
    # the cited pages ending the reference, Arabic or Roman (`p. 88`, `s. XII`, `p. XXIV`), by their shape
    # (a Roman number after the mark's shape: `page_mark_shape` asks for a digit after it)
    # (a volume's number before them, `1938, t. 10, p. 77`; the year's full stop for the comma, `1936. 112.`)
    return compiled(rf"(?:,\s*{VOLUME_MARK_SHAPE}\d+)?(?:,|(?<=\d{{4}})\.)\s*"
                      rf"(?:(?:{page_mark_shape()})?{PAGE_RANGE}|{PAGE_MARK_SHAPE}(?:[IVXLC]+|[ivxlc]+))(?:\s*ff?\.?)?"
                      rf"\s*\.?\s*$")


# the title: up to the first comma, full stop before a space, or bracket
_TITLE = compiled(r"[^,(]+?(?=\.\s|[,(]|$)")
_SMALL_WORD = compiled(rf"(?<!\S){LOWER}[^\W\d_]{{2,}}(?!\S)")
_ANY_SMALL = compiled(rf"{LOWER}[^\W\d_’']*")  # (a word in small letters, however short: `so`, `v`)
# a sentence before the title: a word, three words in small letters or more, and one of one or two letters before a capital
_PROSE_BEFORE_TITLE = compiled(rf"^[^\W\d_]+(?:\s+{LOWER}[^\W\d_’']*){{3,}}\s+{LOWER}{{1,2}}\s+[{CAPITAL}]")


def authorless_book(piece: str) -> re.Match | None:
    """The imprint (its ``year``) ending ``piece`` where ``piece`` is a book cited by its title with no author before it.

    >>> authorless_book("Statistisk årsbok för Stockholms stad 1915 (Stockholm 1916), s. 112").group("year")
    '1916'
    >>> authorless_book("Ziraat İstatistikleri 1927, Ankara: Başvekâlet İstatistik Umum Müdürlüğü, 1929, s. XII").group("year")
    '1929'
    >>> authorless_book("Geoff Eley, Forging Democracy, Oxford: Oxford University Press, 2002") is None
    True
    >>> authorless_book("Archives nationales, fonds du ministère, Paris, Imprimerie nationale, 1901") is None
    True
    """
    text = piece.strip()
    body = text.rstrip(" .")  # (the year may end it: a book cited whole)
    # (`_IMPRINT` ends in the year, and is tried at every start of a piece: most pieces end in no year, or have no year
    # before the comma of the pages, and are refused by those two cheap looks first)
    found = _IMPRINT.search(body) if _ENDS_IN_YEAR.search(body[-6:]) else None
    if found is None and _YEAR_BEFORE_COMMA.search(text):
        body = _pages_end().sub("", text).rstrip(" .")
        found = _IMPRINT.search(body) if _ENDS_IN_YEAR.search(body[-6:]) else None
    title = _TITLE.match(body)
    if found is None or title is None or not title.group().strip():
        return None
    head = title.group().strip()
    if _PROSE_BEFORE_TITLE.match(head):
        return None  # (`Il testo è pubblicato in Patti agrari …`: a sentence that names the book after a short word)
    colon = body.find(": ", 0, found.start())
    if colon > 0 and sum(1 for word in body[:colon].split() if _ANY_SMALL.fullmatch(word)) >= 3 \
            and not _title_cased(body[:colon]):
        return None  # (`Statistični podatki so objavljeni v: Title, …`: prose before a colon)
    words = head.split()
    if len(words) < (4 if found.group("bare") else 2) or not head[:1].isupper() or is_name(head):
        return None
    before = body[:found.start()]
    # (an archive named in a title in title case, before a place and year in brackets, is the records' calendar's:
    # `Calendar of the Patent Rolls Preserved in the Public Record Office (London, 1901)`)
    calendar = found.group().lstrip().startswith("(") and _title_cased(head) \
        and not re.search(r"\d", re.sub(r"(?<!\d)1\d{3}(?:\s*[–—-]\s*\d{2,4})?", "", before))  # (years only: no call number)
    if not (_SMALL_WORD.search(head) or re.search(YEAR, head)) or (archive_word().search(before) and not calendar) \
            or _has_unit_word(body):
        return None
    if _EDITOR_IN_BRACKETS.search(before) or any(map(_prose_then_name, _STRETCHES.split(before))):
        return None  # (an editor, or prose before an author: a person's reference, its readers')
    return found


# the stretches of what precedes the imprint: between commas, full stops before a space, colons and brackets
_STRETCHES = compiled(r"\s*(?:[,(]|[.:]\s)\s*")
# prose that names the author at its end: three words in small letters or more, then two capitalised words or more
# (`si vedano almeno Nada Kosmač Vovk`, `Véanse las contribuciones reunidas en Pedro Arranz Cuesta`); and prose before
# a colon (`Statistični podatki so objavljeni v: …`)
_NAME_END = compiled(rf"(?<!\S)[{CAPITAL}][^\W\d_’'.-]*\.?(?:\s+[{CAPITAL}][^\W\d_’'-]*\.?)+$")
_EDITOR_IN_BRACKETS = compiled(rf"\(\s*{LOWER}{{1,5}}\.\s+[{CAPITAL}]")  # (`(ur. Bojan Kralj)`)


def _prose_then_name(stretch: str) -> bool:
    """Whether ``stretch`` is three words in small letters or more and a capitalised name after them, or more than two
    words in small letters before a colon: prose, not a title.

    >>> _prose_then_name("si vedano almeno Nada Kosmač Vovk"), _prose_then_name("Statistical Abstract of the United States")
    (True, False)
    """
    name = _NAME_END.search(stretch) if not _title_cased(stretch) else None  # (a title's words are no prose)
    words = stretch[:name.start()].split() if name else []
    return name is not None and sum(1 for word in words if _ANY_SMALL.fullmatch(word)) >= 3 and is_name(name.group())


def _title_cased(text: str) -> bool:
    """Whether ``text`` is four words or more with every word of four letters or more capitalised, as English titles
    print them (`Calendar of the Patent Rolls Preserved in the Public Record Office`), not prose."""
    words = text.split()
    return len(words) >= 4 and all(word[:1].isupper() for word in words if len(word) >= 4 and word.isalpha())


def _has_unit_word(text: str) -> bool:
    """Whether a word of ``text`` is an archival unit's (`fond`, `box`, `kut.`): a file, not a book."""
    units = unit_word_forms()
    return any(word.strip(".,:;()").lower() in units for word in text.split())


def without_lead(text: str) -> str:
    """``text`` without a lead word no list holds (`heads.lead_abbreviation`: `porov.`, `βλ.`, `Krş.`) where a book
    with no author follows it: no name to cut before, the lead would open the title.

    >>> without_lead("porov. Štatistická ročenka Republiky 1954. Praha : Orbis, 1955, s. 112")
    'Štatistická ročenka Republiky 1954. Praha : Orbis, 1955, s. 112'
    >>> without_lead("Porov. Jan Novák, Dějiny, Praha: Orbis, 1955")
    'Porov. Jan Novák, Dějiny, Praha: Orbis, 1955'

    So is a list's word for "and" before such a book (`y Empúries: cien años, Girona, Museu, 2008`).
    """
    lead = lead_abbreviation(text) or _and_word().match(text)
    return text[lead.end():] if lead and authorless_book(text[lead.end():]) else text


@functools.cache
def _and_word() -> re.Pattern:
    # (a list's word for "and" before its next work, which has no author: `…; y Empúries: cien años, Girona, …, 2008`)
    return compiled(rf"(?:{alternation('and_words.csv')})\s+(?=[{CAPITAL}])")


@functools.cache
def _article() -> re.Pattern:
    # the title (a comma or semicolon before `in`), the journal's name (a bracketed gloss after it: `[im folgenden
    # abgekürzt mit PTRS]`), its volume (or two: `IX–X`), the year (or years: `1676–77/78`) in brackets, the range, and a
    # cited page after it, one or two short words before it (`, 105`, `, auf S. 47`)
    roman = r"(?-i:[IVXLC]{1,7})"
    return compiled(rf"^(?P<title>[{CAPITAL}].{{3,400}}?)[,;]\s*(?:{alternation('reference_words.csv', 'in')}|[Ii]n:?)"
                    rf"\s+(?P<container>[{CAPITAL}][^()\[\]\d,;]{{0,120}}?)(?:\s*\[[^\[\]]{{1,80}}\])?\s+"
                    rf"(?P<volume>\d{{1,4}}|{roman}(?:\s*[–-]\s*{roman})?)\s*\(\s*(?P<year>{YEAR})(?:\s*[–/-]\s*\d{{2,4}}){{0,2}}\s*\)"
                    rf"\s*,?\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?)(?:\s*ff?\.?)?"
                    rf"(?:\s*,\s*(?:[^\W\d_]{{1,5}}\.?\s+){{0,2}}\d+(?:\s*[–-]\s*\d+)?(?:\s*ff?\.?)?)?\s*\.?$")


def authorless_article(piece: str) -> re.Match | None:
    """An article cited by its title with no author before it, in a journal with its volume, year and pages.

    >>> authorless_article("Dr. Molineux’s Historical Account of the late Colds; with some Observations on "
    ...                    "other Distempers, in: PTRS XVIII (1694) 105–111, 105.").group("volume", "year")
    ('XVIII', '1694')
    >>> authorless_article("Account of a Book, in: PTRS IX–X (1674–75) 1–3, auf S. 2").group("pages")
    '1–3'
    >>> authorless_article("Bericht des Gesandten, in: Politisches Archiv R 43 (1934) 12") is None
    True
    >>> authorless_article("Ulrike Baltes, Der Miterbe, in: ZRG GA 112 (1995) 1–45, hier 12") is None
    True
    """
    text = piece.strip()
    if "(" not in text:
        return None
    found = _article().match(text)
    # (a name before the first comma is the author's: `Ulrike Baltes, Der Miterbe …, in: ZRG GA 112 (1995) 1–45`)
    if found is None or is_name(found.group("title").split(",")[0].strip()) or archive_word().search(text) \
            or _has_unit_word(text):
        return None
    return found


def read_authorless_article(text: str, ref: dict) -> bool:
    """Fill ``ref`` from an article with no author (`authorless_article`); False (``ref`` untouched) if it is none.

    >>> ref = {}
    >>> read_authorless_article("Account of a Book, in: PTRS IX–X (1674–75) 1–3, auf S. 2", ref)
    True
    >>> ref["title"], ref["container"], ref["volume"], ref["year"], ref["pages"]
    ('Account of a Book', 'PTRS', 'IX–X', '1674', '1–3')
    """
    found = authorless_article(text)
    if found is None:
        return False
    ref.update(title=found.group("title").strip(), container=found.group("container").strip(),
               volume=found.group("volume"), year=found.group("year"), pages=found.group("pages"))
    return True
