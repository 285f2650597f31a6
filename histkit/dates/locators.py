"""Numbers that locate a place in a text or a series and read as years: `S. 1934`, `Art. 1918`, `notes 1917–1919`.

A page, leaf, column, article, section, note or item is numbered after its word (``locator_words.csv``), and a number
from 1000 to 2099 there had become a date of the dates table (the date rounds' rule 63). So had the page of a law
report without full stops in its abbreviation (`(1987) 103 LQR 1945`), the page after a law journal's year
(`NJW 2001, 1921 (1922)`, `DJ 1938, 1945`) and the number of a signature glued to its capitals by a hyphen
(`HR-HDA-1561`, `Ф. Р-1235`), and the page after a book's bracketed edition and imprint (`(2nd edn, OUP 1998) 1917`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_rows
from ..patterns import compiled


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    # (not the words written after a page's number, `211-bet`: `volumeyears`)
    forms = sorted({r["form"] for r in data_rows("dates", "locator_words.csv") if r["kind"] not in ("page_after", "edition")},
                   key=lambda f: (-len(f), f))
    words = "|".join(re.escape(f) if not f[-1].isalnum() else rf"{re.escape(f)}\b" for f in forms)
    editions = sorted({r["form"] for r in data_rows("dates", "locator_words.csv") if r["kind"] == "edition"},
                      key=lambda f: (-len(f), f))
    return compiled(rf"(?:(?<!\w)(?:{words})\s*"
                    # (an edition's number after its volume, and the second of two: `CIL XIII 1668`, `IG I³ 1147`,
                    # `CIL II 1963 y 1964`)
                    rf"|(?<!\w)(?:{'|'.join(map(re.escape, editions)) or '(?!)'})\s*(?:[IVXL]+[¹²³⁴]?\s+)?"
                    r"(?:\d{1,5}(?:,\s*|\s+[^\W\d_]{1,3}\s+))?"
                    # (a law report's volume and abbreviation in capitals, `103 LQR `, and a law journal's year with
                    # its page, `NJW 2001, ` or `NJW 2001, 1921 (`)
                    r"|(?<!\w)\d{1,4}\s+[A-Z]{2,6}\s+"
                    r"|(?<!\w)[A-Z]{2,6}\s+\d{4},\s*(?:\d{1,5}\s*\()?"
                    # (a signature's number after its capitals and a hyphen, `HR-HDA-`, `Р-`)
                    r"|[A-ZА-ЯЁ]-"
                    # (the page after a book's bracketed edition and imprint, `(2nd edn, OUP 1998) 1917`)
                    r"|\([^()]*\b(?:edn|eds?\.)[^()]*\)\s+)$")


def is_located(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` is a page, article, note, item or signature's (what stands before).

    >>> text = "Bd. 3, München 1999, S. 1918–1925; Art. 1918; § 1931 BGB; Anm. 1917–1919; NJW 2001, 1921 (1922); 1918"
    >>> [is_located(text, text.find(n)) for n in ("1918–1925", "1918;", "1931", "1917", "1921", "1922", "1918\\n")]
    [True, True, True, True, True, True, False]
    >>> is_located("the Act of 1945", 11), is_located("HR-HDA-1561", 7), is_located("(1987) 103 LQR 1945", 15)
    (False, True, True)
    >>> is_located("(3rd edn, CUP 1950) 1921", 20), is_located("the war (1914-18) 1919 saw", 17)
    (True, False)
    """
    return _before().search(text, max(0, start - 40), start) is not None


# an archive's series code in capitals (`CAB`, `FO`, `NC`, `RLFC`) just before the numbers
_SERIES_CODE = compiled(r"(?<![\w.])[A-Z]{2,6}\s$")
# the piece and item numbers parted by slashes, as a numeric day is written (`3/1/1913`)
_SLASHED = compiled(r"\d{1,4}/\d{1,4}/\d{1,5}")


def is_series_reference(text: str, start: int, end: int) -> bool:
    """Whether the slashed numbers from ``start`` to ``end`` of ``text``, read as a day, are a file's reference after
    its series code in capitals, as British and Irish archives cite (`CAB 23/95`, `RLFC 3/1/1913`): a document's day
    stands after a word or a comma, never glued to a series code.

    >>> text = "NAI, RLFC 3/1/1913; letter of 3/1/1913"
    >>> is_series_reference(text, 10, 18), is_series_reference(text, 30, 38)
    (True, False)
    """
    return _SLASHED.fullmatch(text, start, end) is not None and _SERIES_CODE.search(text, max(0, start - 8), start) is not None
