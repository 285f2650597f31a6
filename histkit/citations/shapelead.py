"""A lead-in on no list, read from its shape: a few short words, then a known archive and its comma.

`Zie ook NIOD, 216, 140.`, `Ver também AHD, Embaixada …`, `Sk. arī LVVA, 1313. f., …`, `Вж. също НА-БАН, ф. 15к, …`:
a new sentence opens with one to four short words (the first a capital, the others in small letters, each of seven
letters or fewer, a full stop after it or not) and then an archive the matcher knows, followed by a comma or a full
stop. Whatever language the words are in, they say "see (also)": an archive's code is never opened by such words in
a citation of its own. The splitter uses it where its lists of lead words (``see_also.csv``) know none of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..dates import find_dates, says_undated
from ..patterns import compiled
from .words import forms

# a word of letters, seven at most, with its full stop or not, then white space
_WORD = compiled(r"([^\W\d_]{1,7})\.?\s+")
_MOST_WORDS = 4


def shape_lead(piece: str, match: Callable[[str], tuple | None]) -> int | None:
    """Where the short lead-in words opening ``piece`` end, when a known archive and a comma follow them, or None.

    ``match`` is the archive matcher's `match` (the archive ``text`` opens with and the length of its name).

    >>> codes = {"NIOD": 4, "RA": 2}
    >>> known = lambda text: next(((code, n) for code, n in codes.items() if text.startswith(code)), None)
    >>> shape_lead("Zie ook NIOD, 216, 140.", known), shape_lead("Se även RA, Socialstyrelsen", known)
    (8, 8)
    >>> shape_lead("Zie ook Smith, Title", known), shape_lead("Correspondence NIOD, 216", known), shape_lead("NIOD, 216", known)
    (None, None, None)
    """
    at = 0
    for count in range(_MOST_WORDS):
        word = _WORD.match(piece, at)
        if word is None:
            return None
        letters = word.group(1)
        if not (letters[0].isupper() if count == 0 else letters.islower()):
            return None
        at = word.end()
        hit = match(piece[at:])
        if hit is not None and piece[at + hit[1]:at + hit[1] + 1] in (",", "."):
            return at
    return None


# `…; y AGA, …`, `…, 3 May 1950, e AOS/CO/NE-9A, cx. 385`: a word for "and" on no list is short and in small letters
_SHORT_AND = compiled(r"[^\W\d_]{1,3}\s+(?=\S)")
# (a letter after it: `…, box 157` is a unit's word and its number, not a word for "and")
_SHORT_JOINER = compiled(r",\s+[^\W\d_]{1,4}\s+(?=[^\W\d_])")


def short_conjunction(piece: str) -> re.Match | None:
    """A word of three small letters or fewer opening ``piece``, with the space after it: where no list knows the
    language's "and", its shape (the splitter asks what follows it: a citation or a call number).

    >>> short_conjunction("y AGA, caja 47").group(), short_conjunction("Sobre AGA"), short_conjunction("über AGA")
    ('y ', None, None)
    """
    found = _SHORT_AND.match(piece)
    return found if found and found.group().strip().islower() else None


def short_joiners(piece: str):
    """The places where a comma and a word of four small letters or fewer join two documents of one citation
    (`…, rapport 3 jan. 1944, och vol. 347, …`): the comma's part before it is a document's date, which ends it (the
    first document ends there), and is no unit (`fasc. 1230`); the citation's reader asks what follows.

    >>> [m.group() for m in short_joiners("HP 1, vol. 346, rapport 3 jan. 1944, och vol. 347, Brev")]
    [', och ']
    >>> [m.group() for m in short_joiners("PSF, Subject File, box 157, Harry S. Truman Library")]
    []
    >>> [m.group() for m in short_joiners("Questura, fasc. 1230, nota n. 2345/25, s.d.")]
    []
    """
    for m in _SHORT_JOINER.finditer(piece):
        word = m.group().strip(", \t\n")
        if not word.islower() or word in _here_words():  # (`…, June 12, 1981, at A1`: the page cited, no "and")
            continue
        last = piece[:m.start()].rsplit(",", 1)[-1].strip()
        ending = [d for d in find_dates(last) if d.end >= len(last) - 1]
        # (a month's or a day's date ends the part: `oktober 1945`; a year alone may be a unit's number: `fasc. 1230`)
        if any(d.precision != "year" for d in ending) or says_undated(last) or ending and not (
                abbreviated_unit(last) or _UNIT_NUMBER.match(last)):
            yield m


@functools.cache
def _here_words() -> frozenset[str]:
    """The words that point to the page cited (`at`, `hier`, `qui`: `reference_words.csv` kind ``here``)."""
    return frozenset(forms("reference_words.csv", "here"))


# `fasc. 1230`, `box 45`: a word and a number, all a unit says (its year-like number is no date)
_UNIT_NUMBER = compiled(r"[^\W\d_]{1,8}\.?\s*\d+$")


# `kart. 14`, `cyf. 7`, `pk. 58`: a unit's word cut short with its full stop, then its number, and nothing more
_SHORT_UNIT = compiled(r"[^\W\d_]{1,5}\.\s*\d[\w/.:-]*\.?$")


def abbreviated_unit(part: str) -> bool:
    """Whether ``part`` (a comma's part) is a unit by its shape: a word of five letters or fewer cut short with a
    full stop, then its number, on no list (`unit_words.csv`) of the language.

    >>> abbreviated_unit("kart. 14"), abbreviated_unit("cyf. 7"), abbreviated_unit("Brev 14"), abbreviated_unit("kart. 14 und 15")
    (True, True, False, False)
    """
    return _SHORT_UNIT.match(part.strip()) is not None
