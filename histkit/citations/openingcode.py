"""An archive's code no list and no definition gives, read from its shape: a code in capitals opening a citation,
then its call number.

`LYA, f. K-1, ap. 58, b. 12345/3, 1947.`, `PRONI, CAB/9B/205/2, file …`, `ΕΛΙΑ, Αρχείο Θεμιστοκλή Σοφούλη, 3/12,
12.4.1936.`: articles cite the archives every reader of the field knows by their codes alone, never spelt out. Where
the authority file lacks the archive, the shape still says it: the note (or a part after a semicolon) opens with a
code of capitals and a comma, the citation is dated (or says it is undated: a code and a number alone may be anything's),
and one of the few parts after the code is a call number: a unit's word cut short
and its number (`f. 310`), or numbers parted by slashes, colons, full stops or dashes (`CAB/9B/205/2`, `3/12`,
`AA 1314/45`). A book's or a journal's abbreviation is followed by a volume, pages or a year (`MEW, Bd. 4, S. 45`,
`FRUS, 1950, vol. 3, 45`), which are no call numbers; a report's title has words (`OECD, Economic Outlook 45`).
"""

from __future__ import annotations

from ..dates import find_dates, says_undated
from .definedshape import page_or_volume
from .archives import known_towns
from .printed import not_literature
from ..patterns import compiled

# the code: one to three words of capitals (a hyphen or a space between them: `PA AA`, `ЦГА-СПб`), then its comma
# (at the note's start or after a semicolon: not after a full stop, `HR-HDA-1220. CK SKH, kut. 45` is a fond's
# number and the fond's code, `Abt. II, 384 Ko 1-1922` a level and its number)
_OPENING = compiled(r"(?:^|;\s*)(?P<code>[^\W\d_]{2,8}(?:[ -][^\W\d_]{1,6}){0,2}),\s")
# a call number: a unit's word cut short and its number, or numbers parted by marks, with capitals around them
_CALL_NUMBER = compiled(r"(?:[^\W\d_]{1,5}\.\s*)?(?:[A-ZА-ЯΑ-Ω]{1,4}[\s-]?)?(?:\d+[/:.-])+[\dA-Za-z]+(?:[/:.-][\dA-Za-z]+)*"
                          r"|[^\W\d_]{1,5}\.\s*[\w-]*\d[\w/-]*|[A-ZА-ЯΑ-Ω]{1,4}(?:[\s/-][\dA-Z]+)*[\s/-]\d[\dA-Z/-]*")
_MOST_PARTS = 4
_ROMAN = compiled(r"[IVXLCDM]+")
# a full stop between areas, or a question or exclamation mark ending a title (`SOUZA, Rui. Quem paga? Revista, …`)
_AREA_END = compiled(r"[.?!]\s+")
_ISSUE = compiled(r"\d{1,3}/\d{1,2}")
# three words or more of letters after a full stop: a title's, not a level's (`f. K-1`, `Nunz. Vienna`)
_TITLE = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:\s+[^\W\d_]+(?:['’-][^\W\d_]+)*){2,}\.?")


def opening_codes(text: str) -> list[str]:
    """The codes of capitals that open a citation of ``text`` followed by a call number.

    >>> opening_codes("LYA, f. K-1, ap. 58, b. 12345/3, 1947."), opening_codes("PRONI, CAB/9B/205/2, file 3, 1936.")
    (['LYA'], ['PRONI'])
    >>> opening_codes("XZA, S25/4521."), opening_codes("JMH, 45/3, 3 May 1990.")
    ([], [])
    >>> opening_codes("LOPES, Marta. Os emigrados e a polícia. Análise Social, Lisboa, v. 30, n. 133, p. 789-812, 1995.")
    []
    >>> opening_codes("SOUZA, Rui. Quem paga a conta? Revista Nova, n. 24, p. 38-39, dez. 2007.")
    []
    >>> opening_codes("MEW, Bd. 4, S. 45."), opening_codes("FRUS, 1950, vol. 3, 45."), opening_codes("OECD, Outlook 45, 1989.")
    ([], [], [])
    """
    found = []
    for m in _OPENING.finditer(text):
        code = m.group("code")
        letters = [c for c in code if c.isalpha()]
        if not (2 <= len(letters) <= 12 and all(c.isupper() for c in letters)) or _ROMAN.fullmatch(code):
            continue  # (`II, 384`: a Roman number is a level's)
        citation = text[m.end():].split(";", 1)[0]
        if printed_source(f"{code}, {citation}"):
            continue  # `BGH, Urteil vom …, VI ZR 212/66`, `INSEE, Rapport n° 12-1234, Paris, 1985`: a court, a publisher
        parts = [p.strip(" .") for p in citation.split(",")[:_MOST_PARTS]]
        if any(_TITLE.fullmatch(s) for s in _AREA_END.split(parts[0])[1:]):
            continue  # `LOPES, Marta. Os emigrados e a polícia …`: a surname in capitals, a name, then a title (ABNT)
        # (a journal's volume and issue first: `JMH, 45/3, 3 May 1990`)
        numbered = any(_CALL_NUMBER.fullmatch(p) and not page_or_volume(p) and not (k == 0 and _ISSUE.fullmatch(p))
                       for k, p in enumerate(parts) if p)
        # (a dated document, or one said undated: a code and a number alone, `XZA, S25/4521`, may be anything's)
        if numbered and (find_dates(citation) or says_undated(citation)):
            found.append(code)
    return found


# a publication's imprint: a town and a year alone, ending a part (`…, Paris, 1985, tab. 3`, `…, Roma 1986`)
_IMPRINT = compiled(r",\s*(?P<town>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),?\s+(?:1[5-9]|20)\d\d\s*(?:[,.;]|$)")


def printed_source(citation: str) -> bool:
    """Whether ``citation`` reads as a court's decision, a law or a body's document, or names a publication's imprint
    (a town of the authority file and a year): its opening capitals are a court's, a gazette's or a publisher's.

    >>> printed_source("BGH, Urteil vom 26. November 1968 – VI ZR 212/66, BGHZ 51, 91")
    True
    >>> printed_source("INSEE, Rapport n° 12-1234, Paris, 1985, tab. 3."), printed_source("LYA, f. K-1, ap. 58, 1947.")
    (True, False)
    """
    if not_literature(citation):
        return True
    return any(m.group("town").lower() in known_towns() for m in _IMPRINT.finditer(citation))
