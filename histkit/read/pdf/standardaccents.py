"""Accents of the Type 1 standard encoding read as Latin-1 letters: `SaÂenz`, `MunÄoz`, `RodrõÂguez` for Sáenz, Muñoz,
Rodríguez.

Some typesetting systems (3B2, on which Kluwer's and other law publishers' journals were set) draw an accented letter
as its letter and then the accent as a glyph of its own, from a font in the standard encoding of Type 1 fonts, and
map the accent's code to Unicode as if it were Latin-1: the acute accent (code 0xC2) comes out as `Â`, the tilde
(0xC4) as `Ä`, the dieresis (0xC8) as `È`, the dotless i that carries an accent (0xF5) as `õ`, the sharp s (0xFB) as
`û`, the en dash (0xB1) as `±`. pdftotext reads them so too. A letter followed by such a letter inside a word is no
spelling of any language (`aÂe`, `õÂ`), so where a document prints two or more, its accents are put back on the
letters before them, and the other codes read as the standard encoding means them; elsewhere nothing changes.
"""

from __future__ import annotations

import re
import unicodedata

# the standard encoding's accents (their codes read as Latin-1) as combining marks, drawn after their letter
_ACCENTS = {"Á": "\u0300", "Â": "\u0301", "Ã": "\u0302", "Ä": "\u0303", "Å": "\u0304", "Æ": "\u0306", "Ç": "\u0307",
            "È": "\u0308", "Ê": "\u030a", "Ë": "\u0327", "Í": "\u030b", "Î": "\u0328", "Ï": "\u030c"}
_ACCENT = "".join(_ACCENTS)
_MISREAD = re.compile(rf"[^\W\d_][{_ACCENT}](?=[a-z])|õ[{_ACCENT}]")
_ANY_ACCENT = re.compile(f"[{_ACCENT}]")  # what every match of `_MISREAD` holds: found by a scan of its class alone
#: a document prints at least this many letters so misread before its text is mended
LEAST = 2


def misread_accents(texts: list[str]) -> bool:
    """Whether ``texts`` (a document's lines) print accents of the standard encoding as Latin-1 letters.

    >>> misread_accents(["Gonzalo SaÂenz and Miguel MunÄoz", "RodrõÂguez"]), misread_accents(["CHÂTEAU, Ändern"])
    (True, False)
    """
    # `_MISREAD`, opening with a letter, is tried at each letter; a text without an accent (ASCII, or none of the
    # class) has no match, and one line of the corpus's 500 holds one
    return sum(len(_MISREAD.findall(text)) for text in texts
               if not text.isascii() and _ANY_ACCENT.search(text)) >= LEAST


def mended(text: str) -> str:
    """``text`` of a document that `misread_accents`, its accents on their letters and its codes as meant.

    >>> mended("Gonzalo SaÂenz de Miera and Miguel AÂ ngel MunÄoz RodrõÂguez, ReuûenkoÈge, 2020±2030")
    'Gonzalo Sáenz de Miera and Miguel Ángel Muñoz Rodríguez, Reußenköge, 2020–2030'
    >>> mended("un cafeÂ au lait, die BÄR-Stiftung")
    'un café au lait, die BÄR-Stiftung'
    """
    text = re.sub(rf"õ(?=[{_ACCENT}])", "i", text)  # (the dotless i carries the accent: `í`)
    text = re.sub(r"(?<=[^\W\d_])û(?=[^\W\d_])", "ß", text)  # (inside a word: a circumflex would have been drawn apart)
    text = re.sub(r"(?<=[\d\s])±(?=[\d\s])", "–", text)

    # a capital opening a word, its accent, and the space the accent's width may leave before the word goes on
    # (`AÂ ngel`); a small letter's accent anywhere but before a capital (`BÄR` in another font's capitals is German)
    text = re.sub(rf"(?<![^\W\d_])([A-Z])([{_ACCENT}])\s?(?=[a-z])", lambda m: m.group(1) + _ACCENTS[m.group(2)], text)
    text = re.sub(rf"(?<=[a-z])[{_ACCENT}](?![A-Z])", lambda m: _ACCENTS[m.group()], text)
    return unicodedata.normalize("NFC", text)
