"""An archive's code defined in a language no list holds, read from the definition's shape.

Articles in every language define their archives' codes the same way: the
archive's name (and town), then in brackets a word or three in small letters
meaning "hereafter" and the code in capitals, then the citation's call number:
``Erhvervsarkivet, Aarhus (herefter EA), A/S …, pk. 1127``, ``… (bundan sonra
ATASE), BDH, Klasör 1234``, ``… (להלן: אה"ה), תיק 105/145``. The words for
"hereafter" of the languages met so far are data (``hereafter.csv``) and so
are the words that make a name an archive's (``archive_words.csv``); where
neither is known, the shape still says it: the bracket's words are small
letters (or of a script without capitals), its code is in capitals, the name
opens the citation with a capital, and a call number (a run of letters, digits,
slashes, full stops, not a page) follows the bracket. A book or a journal
abbreviated so (``Title (hereafter FIA), 112``, ``Review (hereafter KH) 95
(1988), 3``) is followed by pages or a volume, not by a call number.
"""

from __future__ import annotations

import functools
import re

from ..dates import find_dates
from .notetext import split_commas
from .words import CAPITAL, LOWER, forms
from ..patterns import compiled

# `(herefter EA)`, `(a továbbiakban: MNL PVL)`, `(d'ara endavant, ANC)`, `(შემდგომში – სცსა)`, `(այսուհետ՝ ՀԱԱ)`:
# one to four words that open with a small letter (or one of a script without capitals), then a colon, comma or dash,
# or a space before a capital (in a script without capitals only the mark tells the words from the code), then the code
SHAPED_BRACKET = compiled(
    rf"[(（]\s*(?P<word>{LOWER}[\w'’.-]*(?:\s+{LOWER}[\w'’.-]*){{0,3}})(?:\s*[:,–—՝-]\s*|\s+(?=[{CAPITAL}]))"
    r"(?P<abbr>[^\W\d_](?:[\w./-]|[\"״](?=[^\W\d_]\W)){0,11}(?:\s[^\W\d_][\w./-]{0,7}){0,2})\s*[)）]")

# the town and the bracket after an archive's name, where its holding starts: `, Aarhus (herefter EA)`
SHAPED_AFTER_NAME = compiled(r"^[^,;()\d]{0,60}?" + SHAPED_BRACKET.pattern)

# a page or pages, not a call number: `112`, `s. 45`, `pp. 3–5`
_PAGES = compiled(r"^(?:(?:pp?|ss?|str|стр|с|S)\.\s*)?\d+(?:\s*[–—-]\s*\d+)?\.?$")
# a journal's volume and year after the bracket: `95 (1988)`, `12, 1990`
_VOLUME = compiled(r"^\s*,?\s*\d{1,4}\s*(?:\(\d{4}\)|,\s*\d{4})")
# a part with a digit, and letters, a slash, a colon or a full stop inside it: `pk. 1127`, `105/145`, `SLSA 1021`,
# `ERA.1.2.345`, `D III b:7`, `ф. 113`
_CALL_NUMBER = compiled(r"(?=.*\d)(?:.*[^\W\d_].*|.*\d[/:.]\d.*)")
# the most words a call number's part has (`Rep. 77 Tit. 4043 Nr. 12`); more are a title's, with its year (`Renewables
# 2017: Global Status Report (REN21, 2017) 116` after a corporate author's `(REN21)`)
_CALL_WORDS = 6
# where the name opens: the start of the note, or after a semicolon
_NAME_OPENS = compiled(rf"^\s*(?:[^;]*;\s*)?(?=[{CAPITAL}]|[^\W\d_])")


# a full stop, then a unit's word cut short with its full stop and its number: `. Ф. 1.`, `. F. 12.`
_STOPPED_UNIT = compiled(r"\s*\.\s+(?P<unit>[^\W\d_]{1,5}\.\s*[\w/-]*\d[\w/-]*)")


def call_number_follows(after: str) -> bool:
    """Whether the text after a bracketed code goes on with a call number, as an archival citation does.

    >>> call_number_follows(", A/S Det Østasiatiske Kompagni, pk. 1127, referat, 12. januar 1938.")
    True
    >>> call_number_follows(", 112."), call_number_follows(" 95 (1988), 3."), call_number_follows(", vol. 9, pp. 3-5")
    (False, False, False)
    >>> call_number_follows(", carta, 3 de març de 1947.")
    False
    >>> call_number_follows(", Rep. 77 Tit. 4043 Nr. 12"), call_number_follows(", Arctic Futures 2019: Annual Status Report (ACPN)")
    (True, False)
    >>> call_number_follows(". Ф. 1. Оп. 2. Спр. 345."), call_number_follows(". С. 45.")
    (True, False)
    """
    stopped = _STOPPED_UNIT.match(after)
    if stopped:  # `(далі – ЦДАВО України). Ф. 1. Оп. 2.`: the Russian style ends each level with a full stop
        unit = stopped.group("unit")
        return not _PAGES.match(unit.lower()) and unit.split(".")[0].lower() not in _volume_words()
    if not after.lstrip().startswith(",") or _VOLUME.match(after):
        return False
    parts = [p.strip(" .;") for p in split_commas(after.lstrip()[1:])]
    return any(_CALL_NUMBER.fullmatch(p) and len(p.split()) <= _CALL_WORDS and not _PAGES.match(p)
               and p.split()[0].lower() not in _volume_words() and not _a_date(p) for p in parts[:6] if p)


def _a_date(part: str) -> bool:
    """Whether a date is most of ``part`` (`3 de març de 1947`): a document's date, not its call number."""
    return any(d.precision != "year" and 2 * (d.end - d.start) >= len(part) for d in find_dates(part))


@functools.cache
def _volume_words() -> frozenset[str]:
    """A journal's volume and issue words (``reference_words.csv``), in small letters: `vol. 95` is no call number."""
    return frozenset(f.lower() for kind in ("volume", "issue") for f in forms("reference_words.csv", kind))


def shaped_definitions(text: str) -> list[re.Match]:
    """The brackets of ``text`` that define a code by the shape alone, with a call number after them.

    >>> [m.group("abbr") for m in shaped_definitions("Erhvervsarkivet, Aarhus (herefter EA), pk. 1127, brev.")]
    ['EA']
    >>> shaped_definitions("Levine, From Indifference (hereafter FIA), 112.")
    []
    """
    found = []
    for m in SHAPED_BRACKET.finditer(text):
        if _NAME_OPENS.match(text[:m.start()]) and call_number_follows(text[m.end():]):
            found.append(m)
    return found


_MUTATED = re.compile(r"^[a-z]{1,2}[A-ZÁÉÍÓÚ]")


def initials_code(abbr: str, name: str) -> bool:
    """Whether the capitals of ``abbr`` are the initials of ``name``'s words in order (a hyphen starts a word), the
    first the name's first: `AMT` of `Arxiu Montserrat Tarradellas`, `ДАЖО` of `Державний архів Житомирської
    області`: a bracketed code the name defines itself, whatever its language's word for archive.

    >>> initials_code("AMT", "Arxiu Montserrat Tarradellas"), initials_code("ДАЖО", "Державний архів Житомирської області")
    (True, True)
    >>> initials_code("MNL CsCsVL", "Magyar Nemzeti Levéltár Csongrád-Csanád Vármegyei Levéltára")
    True
    >>> initials_code("ARÉ", "Acadamh Ríoga na hÉireann")
    True
    >>> initials_code("FO", "Jan Novak"), initials_code("A", "Arxiu Montserrat")
    (False, False)
    """
    capitals = [c for c in abbr if c.isupper()]
    # (an Irish word keeps its capital after the letters a mutation puts before it: `na hÉireann`, `i bhFeabhra`)
    initials = [(m.group(0)[-1] if (m := _MUTATED.match(w)) else w[0]).upper() for w in re.split(r"[\s-]+", name)
                if w[:1].isalpha()]
    if len(capitals) < 2 or not initials or capitals[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in capitals[1:])


def opens_note(head: str) -> bool:
    """Whether the text before a bracket is a name that opens the note or a part after a semicolon (`_NAME_OPENS`)."""
    return _NAME_OPENS.match(head) is not None and head.count(",") <= 2


def page_or_volume(part: str) -> bool:
    """Whether a comma's part is a page or a volume (`S. 45`, `vol. 3`, `Bd. 4`), which no call number is.

    >>> page_or_volume("S. 45"), page_or_volume("Bd. 4"), page_or_volume("f. 310")
    (True, True, False)
    """
    part = part.strip(" .")
    word = part.split(".")[0].split()[0].lower() if part else ""
    return bool(part) and (bool(_PAGES.match(part.lower())) or word in _volume_words() or f"{word}." in _volume_words())
