"""An Ibid. read from its shape where its word is not known: `Στο ίδιο, σ. 118`, `A.st.`, `Smst., s. 22`.

The Ibid. words of the languages met so far are data (``ibid.csv``); a note in
another language says "the same place" with a word no list holds. Its shape
says it still: the whole citation is one short word or abbreviation (`Agy`,
`Tamže`, `A.st.`) or a phrase of two short words (`Ten pat`, `Aynı yer`), and
then only the cited page, if any (`, s. 92`, `. – С. 70`). What else has that
shape is told apart by what is known:

- a cross-reference opens with an abbreviated lead word (`Vgl. oben`,
  `Βλ. παραπάνω, σημ. 10`): the first of two words never ends in a full stop;
- a word of the data's lists (`reference_words.csv`, `see_also.csv`,
  `unit_words.csv`, `abbreviations.csv`, `hereafter.csv`) is no unknown Ibid.
  (`See above, p. 12`, a lone page `pp. 12`, `Anm. 12`);
- a word in capitals only is an archive's code (`AJ, 507`), not a word of a
  script without capitals (Hebrew `שם, עמ' 21`);
- a year where the page would be is a publication's (`Point Seuil, 1997`).

`extract.classify` tries this last, after every reader of known forms.

An unknown Ibid. naming another unit (`unknown_ibid_unit`, `read_new_unit`: `Smst., pk. 1128, brev`) is read apart
from a known Ibid. word followed by its own file and date (`ibidfile.read_ibid_file`: `Ibid., box 22, file 30, …,
28 September 1901`): here the one part after the word, in a unit's shape, is the evidence that the word is an Ibid.,
so it is the unit, with or without a date; there the word is known, one unit-like part is often a page
(`Ibid., p. 4, 3 May 1950`), and only two units or more before a date make a new file. Either rule on the other's
case changes what is read (`box 22` alone as the unit; `pk. 1128, brev` without a date left without its unit).
"""

from __future__ import annotations

import functools
import re

from .words import LETTER, LOWER, PAGE_MARK_SHAPE, YEAR, folded_forms, pages_shape, word_rows
from ..patterns import compiled

# (a letter with its marks: `वही`, `ที่เดียวกัน` are as short as they look)
_LETTER = LETTER

# one word of two to eight letters, or an abbreviation of dotted parts (`A.st.`, `a.a.O.`), or two short words (the
# second up to eight letters when in small letters, `Sama heimild`: a capital there makes a name, `Jan Kowalski`)
# or three short words, the two after the first in small letters (`Ibẹ̀ kan náà`, `Ошол эле жерде`); or one word of a
# script that prints no space between words, as long as a phrase of them (`ເລື່ອງດຽວກັນ`, Lao "the same story")
_WORD = (rf"{_LETTER}{{2,8}}\.?|(?:{_LETTER}{{1,3}}\.){{1,3}}{_LETTER}{{1,4}}\.?"
         rf"|{_LETTER}{{2,6}}\s(?:{_LETTER}{{2,6}}|(?-i:{LOWER}){_LETTER}{{6,7}})\.?"
         rf"|{_LETTER}{{2,6}}(?:\s(?-i:{LOWER}){_LETTER}{{1,5}}){{2}}\.?|[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{{9,16}}\.?")

# the cited page by its shape (`words.pages_shape`): a number or a range, after a page mark of up to four letters in any
# language (`s.`, `σ.`, `Арк.`, `lk`) or before one (`18. lpp.`); `212.–214.`: a Croatian ordinal
_PAGE = pages_shape()

# before the page: a comma or a dash (`Там само. – С. 70`), or the word's full stop before a page mark and its full
# stop (`Тамсама. С. 21`); not a space alone (`Bl. 45`, `Sp. 12` are lone pages)
_BEFORE_PAGE = rf"\s*,\s*|\.?\s+[–—]\s+|\.\s+(?={PAGE_MARK_SHAPE}\d)"

_SHAPE = compiled(rf"(?P<word>{_WORD})(?:(?:{_BEFORE_PAGE})(?P<pages>{_PAGE}))?\s*\.?\s*")

# a "word" of more than three Chinese characters or kana: those scripts print no space between words, so it is a phrase,
# and their Ibid. is a short one (`同上`, `同書`, `同前`)
_GLUED_PHRASE = compiled(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{4,}")

_KNOWN_LISTS = ("reference_words.csv", "see_also.csv", "unit_words.csv", "abbreviations.csv", "hereafter.csv")


def _known_words() -> frozenset[str]:
    """The forms of the lists whose words make a citation something else, in small letters without a full stop."""
    # (not the words that open a container, `in`, `στο:`: a container is no citation by itself)
    return folded_forms(_KNOWN_LISTS, without_kind=("in", "in_prose"))


@functools.cache
def _note_words() -> frozenset[str]:
    """The words for a note (`Anm.`, `bilj.`, `прим.`: ``reference_words.csv``, kind ``note``), in small letters."""
    return frozenset(row["form"].lower() for row in word_rows("reference_words.csv") if row.get("kind") == "note")


def unknown_ibid(text: str) -> re.Match | None:
    """The match of a citation shaped as an Ibid. whose word no list holds (its ``pages`` group the cited page), or None.

    >>> [unknown_ibid(t).group("word", "pages") for t in ("Στο ίδιο, σ. 118.", "A.st.", "Там само. – С. 70")]
    [('Στο ίδιο', 'σ. 118'), ('A.st.', None), ('Там само.', 'С. 70')]
    >>> unknown_ibid("שם, עמ' 21.").group("word", "pages")
    ('שם', "עמ' 21")
    >>> [unknown_ibid(t) for t in ("See above, p. 12", "Vgl. oben", "pp. 12", "Bl. 45", "AJ, 507", "Seuil, 1997")]
    [None, None, None, None, None, None]
    """
    match = _SHAPE.fullmatch(text.strip())
    if match is None:
        return None
    word = match.group("word").rstrip(".")
    if word == word.upper() != word.lower():  # (a code in capitals: `AJ`, `ΙΑΥΕ`; not a word of a script without case,
        return None                          # Hebrew `שם`)
    if _GLUED_PHRASE.fullmatch(word):  # (`山本前掲書`: a name glued to "the work cited", not "the same")
        return None
    known = _known_words()
    if word.lower() in known or re.split(r"[\s.]+", word)[0].lower() in known:
        return None
    if re.fullmatch(YEAR, match.group("pages") or ""):  # `Point Seuil, 1997`: a publisher's year, not a page
        return None
    mark = re.match(rf"{_LETTER}+\.", match.group("pages") or "")
    if mark and mark.group().lower() in _note_words():  # `Gore, bilj. 6`: a note of the article, not a page
        return None
    return match



def ibid_alone(note: str, start: int, end: int) -> re.Match | None:
    """`unknown_ibid` for ``note[start:end]`` where it is the whole note or one of its parts between semicolons; a part
    prints a page or ends its word in a full stop (`; Smst., s. 22`), for a single word between semicolons is as often
    a title's (`Eastern Europe; Cyprus; Greece`).

    >>> [bool(ibid_alone(note, 0, len(note))) for note in ("Agy", "Za Beč: Müller, Wien, 12")]
    [True, False]
    >>> note = "Arslan, Köy, s. 5; Agy, s. 92; Cyprus; Greece"
    >>> [bool(ibid_alone(note, note.index(part), note.index(part) + len(part))) for part in ("Agy, s. 92", "Cyprus")]
    [True, False]
    """
    match = unknown_ibid(note[start:end])
    if match is None:
        return None
    before, after = note[:start].rstrip(), note[end:].lstrip()
    if (before and not before.endswith(";")) or (after and not after.startswith(";")):
        return None
    if (before or after) and not (match.group("pages") or match.group("word").endswith(".")):
        return None
    return match


# what an Ibid. of an archival citation adds instead of a page: another unit or call number, its first part holding a
# digit after a word of letters (`pk. 1128`, `sygn. 246`, `а.е. 46`, `Kutu 46`, `תיק 105/146`), before one (Hungarian
# `13. doboz`), or between full stops, slashes, colons or dashes (`12.3.5`, `2/PVAJ000124`, `A.XII.3/46`, `12346/1944`)
_UNIT = compiled(rf"(?:{_LETTER}[\w.]{{0,9}}\.?\s*\d[\w./:-]*|\d+\.\s*{_LETTER}{{3,10}}\.?|[\w.]*\d[./:-][\w./:-]*\w)",
                   re.IGNORECASE)
_UNIT_SHAPE = compiled(rf"(?P<word>{_WORD})\s*,\s*(?P<tail>(?P<new_unit>[^,;]+?)(?P<rest>\s*,\s*[^;]*?)?)\s*\.?\s*")


def unknown_ibid_unit(text: str) -> re.Match | None:
    """The match of a citation shaped as an Ibid. whose word no list holds and which names another unit of the same
    holding (its ``tail`` group what it adds: `Smst., pk. 1128, brev af 3. februar 1938`), or None. Asked only after
    an archival citation (`extract.classify`): after a book, the shape is a name and a call number.

    >>> [unknown_ibid_unit(t).group("word", "tail") for t in ("Smst., pk. 1128, brev, 3.2.1938.", "Tamże, A.XII.3/46")]
    [('Smst.', 'pk. 1128, brev, 3.2.1938'), ('Tamże', 'A.XII.3/46')]
    >>> [unknown_ibid_unit(t) for t in ("AJ, 507, 3", "Seuil, 1997", "See above, p. 12", "Smst., brev af 1938")]
    [None, None, None, None]
    """
    match = _UNIT_SHAPE.fullmatch(text.strip())
    unit = match.group("new_unit").strip(" .") if match else ""
    if match is None or not _UNIT.fullmatch(unit) or re.fullmatch(YEAR, unit):
        return None
    word = match.group("word").rstrip(".")
    if word == word.upper() != word.lower():  # (a code in capitals: `AJ, 507`)
        return None
    known = _known_words()
    if word.lower() in known or re.split(r"[\s.]+", word)[0].lower() in known:
        return None
    return match


def read_new_unit(row: dict, ibid: re.Match, read_tail) -> None:
    """Read an `unknown_ibid_unit` into ``row`` (the citation it repeats, taken over): its unit replaces the repeated
    one, and ``read_tail`` (`holdings.read_ibid_tail`) reads what follows it, pages or another document.

    >>> row = {"unit": "pk. 1127", "title": ""}
    >>> read_new_unit(row, unknown_ibid_unit("Smst., pk. 1128, brev"), lambda row, tail: row.update(title=tail))
    >>> row
    {'unit': 'pk. 1128', 'title': 'brev'}
    """
    row["unit"] = ibid.group("new_unit").strip(" .")
    rest = (ibid.group("rest") or "").strip(" ,.")
    if rest:
        read_tail(row, rest)
