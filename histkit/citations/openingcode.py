"""An archive's code no list and no definition gives, read from its shape: a code in capitals opening a citation,
then its call number.

`LYA, f. K-1, ap. 58, b. 12345/3, l. 45.`, `PRONI, CAB/9B/205/2, file …`, `ΕΛΙΑ, Αρχείο Θεμιστοκλή Σοφούλη, 3/12,
12.4.1936.`: articles cite the archives every reader of the field knows by their codes alone, never spelt out. Where
the authority file lacks the archive, the shape still says it: the note (or a part after a semicolon, or a sentence)
opens with a code of capitals and a comma, and one of the few parts after it is a call number: a unit's word cut short
and its number (`f. 310`), or numbers parted by slashes, colons, full stops or dashes (`CAB/9B/205/2`, `3/12`,
`AA 1314/45`). A book's or a journal's abbreviation is followed by a volume, pages or a year (`MEW, Bd. 4, S. 45`,
`FRUS, 1950, vol. 3, 45`), which are no call numbers; a report's title has words (`OECD, Economic Outlook 45`).
"""

from __future__ import annotations

import re

from .definedshape import page_or_volume

# the code: one to three words of capitals (a hyphen or a space between them: `PA AA`, `ЦГА-СПб`), then its comma
# (at the note's start, after a semicolon, or after a sentence ending in a number: not after an abbreviation's full
# stop, `Abt. II, 384 Ko 1-1922` is a level and its number)
_OPENING = re.compile(r"(?:^|;\s*|(?<=\d\.)\s+)(?P<code>[^\W\d_]{2,8}(?:[ -][^\W\d_]{1,6}){0,2}),\s")
# a call number: a unit's word cut short and its number, or numbers parted by marks, with capitals around them
_CALL_NUMBER = re.compile(r"(?:[^\W\d_]{1,5}\.\s*)?(?:[A-ZА-ЯΑ-Ω]{1,4}[\s-]?)?(?:\d+[/:.-])+[\dA-Za-z]+(?:[/:.-][\dA-Za-z]+)*"
                          r"|[^\W\d_]{1,5}\.\s*[\w-]*\d[\w/-]*|[A-ZА-ЯΑ-Ω]{1,4}(?:[\s/-][\dA-Z]+)*[\s/-]\d[\dA-Z/-]*")
_MOST_PARTS = 4
_ROMAN = re.compile(r"[IVXLCDM]+")


def opening_codes(text: str) -> list[str]:
    """The codes of capitals that open a citation of ``text`` followed by a call number.

    >>> opening_codes("LYA, f. K-1, ap. 58, b. 12345/3, l. 45."), opening_codes("PRONI, CAB/9B/205/2, file 3, 1936.")
    (['LYA'], ['PRONI'])
    >>> opening_codes("MEW, Bd. 4, S. 45."), opening_codes("FRUS, 1950, vol. 3, 45."), opening_codes("OECD, Outlook 45, 1989.")
    ([], [], [])
    """
    found = []
    for m in _OPENING.finditer(text):
        code = m.group("code")
        letters = [c for c in code if c.isalpha()]
        if not (2 <= len(letters) <= 12 and all(c.isupper() for c in letters)) or _ROMAN.fullmatch(code):
            continue  # (`II, 384`: a Roman number is a level's)
        parts = [p.strip(" .") for p in re.split(r"[,;]", text[m.end():])[:_MOST_PARTS]]
        if any(_CALL_NUMBER.fullmatch(p) and not page_or_volume(p) for p in parts if p):
            found.append(code)
    return found
