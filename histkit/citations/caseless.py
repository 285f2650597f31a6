"""A reference in a script without capital letters (Hebrew, Arabic, Georgian's Mkhedruli …), read by its shape.

The readers of the Latin, Cyrillic and Greek styles find a name, a place and a
title by their capitals. A script without case has none, so its names and
imprints are read from where they stand and what they are made of:
`caseless_name` is a person's name before the title (one or two words of
letters, an initial with its full stop before one: `გ. ბერიძე`, `יוסף כהן`),
`caseless_imprint` the place, publisher and year that end a book
(`თბილისი: მეცნიერება, 1985`, `ירושלים תשמ"ה (1985)`: a year of the calendar
of its own script may stand before the common era's year in brackets; a
thesis's university, `…, თბილისის უნივერსიტეტი, 1996`, stands where the place
does). Such an imprint says a book by itself, when no name comes first: `Title,
ტ. 2, რედ. Name, Place: Publisher, 1978`.
"""

from __future__ import annotations

import re
import unicodedata

from ..dates import BUDDHIST_YEAR
from .words import UPPER, YEAR
from ..patterns import compiled

#: A letter of a script without case (Hebrew, Arabic, Syriac, Thaana, the Indic scripts, Thai, Myanmar, Khmer, Ethiopic,
#: CJK …), or of Georgian's Mkhedruli, whose capitals (Mtavruli) no running text uses: for a character class. (Khmer's
#: letters and vowel signs only: its digits and its full stop and colon, `។` `៖`, are read as ASCII ones before; and
#: Myanmar's letters and signs without its digits and its `၊` `။`, read so too.)
CASELESS = "\u0590-\u05ff\u0600-\u06ff\u0700-\u08ff\u0900-\u0dff\u0e00-\u0fff\u10d0-\u10ff\u1200-\u137f" \
    "\u1000-\u103f\u1050-\u109f\u1780-\u17d3\u17d7\u17dc\u17dd\u3040-\u9fff\uac00-\ud7af"

# those scripts but the Chinese, Japanese and Korean
_ALPHABETIC = CASELESS.split("\u3040")[0]
# a word of such letters, with a hyphen inside (`הלפרין-גדות`), a Persian compound's zero-width non-joiner (`کاظمی‌نژاد`) or a Hebrew geresh or gershayim (`צ'רניחובסקי`)
_WORD = rf"[{CASELESS}](?:[{CASELESS}]|[-'\"׳״\u200c](?=[{CASELESS}]))*"
# a place's word: no gershayim (`תשמ"ה` after it is a year)
_PLACE_WORD = rf"[{CASELESS}](?:[{CASELESS}]|[-'׳](?=[{CASELESS}]))*+(?![\"״])"
# (an Indic initial is a syllable, a letter and its vowel sign: Tamil `இரா.`, `மு.`; the marks are not counted as letters)
_MARKS = "".join(chr(code) for code in range(0x0900, 0x0E00) if unicodedata.category(chr(code)) in ("Mn", "Mc"))
_INITIAL = rf"(?:[{CASELESS}][{_MARKS}]*){{1,2}}\."
# a name: one or two words, an initial (or two) before the last (`გ. ბერიძე`, `ა. ბ. კობახიძე`, `D. יוסף כהן` not),
# or a forename, the father's initial and the surname (Marathi `प्रभाकर ना. घाणेकर`)
_NAME = compiled(rf"(?:{_INITIAL}\s*){{0,2}}{_WORD}(?:\s+{_WORD})?|{_WORD}(?:\s+{_INITIAL}){{1,2}}\s+{_WORD}")
# an Arabic name of three or four words ends in its family name or nisba with the article (`سامي عبد الحميد النجار`,
# `مها عادل الدسوقي`), opens without it, and has no word of one or two letters (a title's `في`, `من`, `و`)
_ARABIC_WORD = "[\u0621-\u064a]{3,}"
_ARABIC_NAME = compiled(rf"(?!ال){_ARABIC_WORD}(?:\s+{_ARABIC_WORD}){{1,2}}\s+ال{_ARABIC_WORD}")
# an Indic name of three words, a forename, a middle name and a surname (`रमेश चंद्र त्रिपाठी`), as Hindi prints them;
# no word of one or two letters (a title's postpositions and "and": `की`, `के`, `और`)
_INDIC_NAME = compiled(r"[\u0900-\u0dff]{3,}(?:\s+[\u0900-\u0dff]{3,}){2}")

# a year of the script's own calendar (Hebrew letters with gershayim: `תשמ"ה`, `תרצ"ח`) before the common era's year
_NATIVE_YEAR = rf"[{CASELESS}]{{1,4}}[\"״][{CASELESS}]"
#: A year of the Islamic calendars, lunar or solar (`1388` for 2009): an Arabic-script book's imprint prints it alone.
HIJRI_YEAR = r"1[2-4]\d\d"
#: The imprint ending a book in such a script: a place of one to three words, a colon and its publisher if printed
#: (or a comma), the year (in brackets after the script's own year, or alone).
# (a publisher's branch in brackets after its name: `انجمن ترقی اردو (ہند)`)
CASELESS_IMPRINT = compiled(
    rf"[,:]\s*(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})"
    rf"(?:\s*:\s*(?P<publisher>[{CASELESS}][^,:;()\d]{{1,80}}?(?:\s*\([{CASELESS}][^()\d]{{0,30}}\))?)\s*,|\s*,)?"
    rf"\s*(?:{_NATIVE_YEAR}\s*)?\(?(?P<year>{YEAR}|{HIJRI_YEAR}|{BUDDHIST_YEAR})\)?\s*$")


def caseless_name(token: str) -> bool:
    """Whether ``token`` is a person's name in a script without case, by its shape: one or two words of its letters,
    an initial with its full stop before them if any; no digit, nothing of another script.

    >>> caseless_name("გ. ბერიძე"), caseless_name("יוסף כהן"), caseless_name("הלפרין-גדות"), caseless_name("Geoff Eley")
    (True, True, True, False)
    >>> caseless_name("ქართული სოფლის ისტორია"), caseless_name("კრებულში: თ. ბაქრაძე")
    (False, False)
    >>> caseless_name("سامي عبد الحميد النجار"), caseless_name("تجار القطن في الإسكندرية")
    (True, False)
    """
    return len(token) <= 40 and (_NAME.fullmatch(token.strip()) is not None
                                 or _ARABIC_NAME.fullmatch(token.strip()) is not None
                                 or _INDIC_NAME.fullmatch(token.strip()) is not None)


# an author's name of three words (`میرزا حسن بوشهری`, a forename, a second name or title, a surname): read only where
# a title follows it, so that a title of three words opening a book cited without author is not taken for one
_AUTHOR = compiled(rf"(?:{_INITIAL}\s*){{0,2}}{_WORD}(?:\s+{_WORD}){{2}}")


#: A lead word no list holds before a name in such a script: one to three short words (the first may be an
#: abbreviation, `იხ. აგრეთვე:`) and a colon, then a name (`caseless_name`, or of three words: `_AUTHOR`) and its comma,
#: the Arabic one too: `ראו: יוסף כהן, Title`, `دیکھیے: محمد اسلم ملک، Title`. (A word's vowel signs and viramas are
#: counted among its characters: `দ্রষ্টব্য`, "see", is six letters in nine.)
#: Before a name in a script with capitals, the script's change says the lead: `তুলনীয়: Mark Hollister, …`,
#: `देखें, Peter Aldridge, …` (a comma too; not after Chinese, Japanese or Korean, whose authors' names may stand so
#: before a title in English).
CASELESS_LEAD = (rf"(?:[{CASELESS}]{{1,12}}\.?(?:\s+[{CASELESS}]{{1,10}}){{0,2}}\s*:\s+"
                 rf"(?=(?:{_NAME.pattern}|{_AUTHOR.pattern})\s*[,،]|[{UPPER}])"
                 rf"|[{_ALPHABETIC}]{{1,12}}(?:\s+[{_ALPHABETIC}]{{1,12}}){{0,2}}\s*,\s+(?=[{UPPER}][^\W\d_]*\s+[{UPPER}]))")
_LEAD = compiled(CASELESS_LEAD)


def caseless_lead(piece: str) -> re.Match | None:
    """The lead word (and its colon) no list holds opening ``piece`` in a script without case, before a name and its
    comma (`CASELESS_LEAD`).

    >>> caseless_lead("দ্রষ্টব্য: প্রদীপকুমার সেনগুপ্ত, বাংলার চটকল শ্রমিক, ১৯৯৬").group()
    'দ্রষ্টব্য: '
    >>> caseless_lead("دیکھیے: محمد اسلم ملک، انجمن کی تاریخ، ۱۹۹۶ء").group()
    'دیکھیے: '
    >>> caseless_lead("Xem: Nguyễn Văn A, Title, 1990") is None
    True
    """
    return _LEAD.match(piece) if piece[:1] > "\u058f" else None


# the scripts whose notes print a name in its own order, never inverted with a comma (the Indic, Thai and Lao, Tibetan,
# Ethiopic): one word before a fuller name there is a lead word, not a surname
_UNINVERTED = "\u0900-\u0dff\u0e00-\u0fff\u1200-\u137f"
_LEAD_BEFORE_NAME = compiled(rf"[{_UNINVERTED}]+,\s+(?=[{_UNINVERTED}]+(?:\s+[{_UNINVERTED}]+){{1,2}}$)")


def without_lead_word(authors: str) -> str:
    """``authors`` without a word of a script whose names are never inverted standing before a fuller name: a lead
    word no list holds (`हेर्नुहोस्, रामप्रसाद अधिकारी`: "see", then the name).

    >>> without_lead_word("हेर्नुहोस्, रामप्रसाद अधिकारी"), without_lead_word("अधिकारी, शर्मा")
    ('रामप्रसाद अधिकारी', 'अधिकारी, शर्मा')
    >>> without_lead_word("כהן, יוסף לוי")
    'כהן, יוסף לוי'
    """
    found = _LEAD_BEFORE_NAME.match(authors) if "," in authors else None
    return authors[found.end():] if found else authors


def caseless_author(token: str) -> bool:
    """Whether ``token``, the first part of a reference before its title, is a person's name of three words in a
    script without case (`caseless_name` takes one or two).

    >>> caseless_author("میرزا حسن بوشهری"), caseless_author("Geoff Eley Smith"), caseless_author("یک دو سه چهار")
    (True, False, False)
    """
    return len(token) <= 40 and _AUTHOR.fullmatch(token.strip()) is not None


def caseless_imprint(text: str) -> re.Match | None:
    """The imprint ending ``text`` in a script without case (`CASELESS_IMPRINT`), with the groups ``place``,
    ``publisher`` and ``year`` (the common era's year, also where it stands in brackets after the script's own).

    >>> found = caseless_imprint("გ. ბერიძე, გლეხური რეფორმა, თბილისი: მეცნიერება, 1985")
    >>> found.group("place"), found.group("publisher"), found.group("year")
    ('თბილისი', 'მეცნიერება', '1985')
    >>> caseless_imprint('יוסף כהן, המושב, ירושלים תשמ"ה (1985)').group("place", "year")
    ('ירושלים', '1985')
    >>> caseless_imprint("Geoff Eley, Forging Democracy, Oxford: OUP, 2002") is None
    True
    """
    return CASELESS_IMPRINT.search(text)


#: A volume's mark and its number between commas: `ტ. 2`, `כרך ב` (a letter of the script for the number).
#: (A longer word, its vowel signs counted, before a number in digits only: `தொகுதி 2`, `באַנד 2`, `भाग २`.)
CASELESS_VOLUME = rf"(?:[{CASELESS}]{{1,4}}\.?\s*|[{CASELESS}]{{5,8}}\.?\s+(?=\d))(?P<no>\d{{1,3}}|[{CASELESS}]['׳]?)"
_VOLUME = compiled(CASELESS_VOLUME)


def caseless_volume(parts: list[str]) -> tuple[str, int] | None:
    """The number of the first part after the first that is a volume's mark and number in a script without case, and
    that part's place: a book's title ends before it, and what follows it before the imprint (its editors, `რედ.
    ვ. ცინცაძე`, `בעריכת אליעזר בן-נון`) is no part of the title.

    >>> caseless_volume(["ქართული სოფლის ისტორია", "ტ. 2", "რედ. ვ. ცინცაძე"]), caseless_volume(["דברי ימי המושבים", "כרך ב"])
    (('2', 1), ('ב', 1))
    >>> caseless_volume(["Svensk historia", "bd 2"]) is None, caseless_volume(["ტ. 2"]) is None
    (True, True)
    """
    return next(((found.group("no"), k) for k, part in enumerate(parts)
                 if k and (found := _VOLUME.fullmatch(part.strip()))), None)
