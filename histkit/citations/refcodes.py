"""Archival reference codes opened up: the fond a code glues to its archive's, set apart as a citation spells it out.

Archives' finding aids and the historians who copy them write a fond's reference code (ISAD(G) 3.1.1) as one word:
the country, the archive, an archive's branch and the fond's number (`HR-HDA-1220`, `SI_ZAL_LJU/0468`,
`SI PAM/0011`). The forms of an archive's code in such codes (`reference_code_forms`) are what the archives'
matcher knows it by besides its code and variants; once it is matched, the rest is its fond (`opened_fond`).
"""

from __future__ import annotations

from ..patterns import compiled

# the Croatian standard `HR-HDA-1220-CK SKH, kut. 12`, also `HR-HDA-1220. CK SKH`
_DASHED = compiled(r"-(\d+)(?:-|\.\s+|,\s*|\s+(?=[A-Z]))")
# after a country's and an archive's code, an archive's branch and the fond: `SI_ZAL_LJU/0468`, `SI PAM/0011`
_SLASHED = compiled(r"[_ ]?(?P<fond>(?:[A-Z]{2,4}/|/)\d+)(?=[,.;\s]|$)")
_COUNTRY_FIRST = compiled(r"[A-Z]{2}[ _-][A-Z][\w-]*")


def opened_fond(text: str, rest: int, name_end: int) -> str | None:
    """``text`` with the fond its reference code glues to the archive's code at ``rest`` set apart by commas, or
    None where none is glued there.

    >>> opened_fond("HR-HDA-1220-CK SKH, kut. 12", 6, 6)
    'HR-HDA, 1220, CK SKH, kut. 12'
    >>> opened_fond("SI_ZAL_LJU/0468, t. e. 132", 6, 6), opened_fond("SI PAM/0011, t. e. 3", 6, 6)
    ('SI_ZAL, LJU/0468, t. e. 132', 'SI PAM, 0011, t. e. 3')
    >>> opened_fond("CIA-RDP80-00810A001234, CREST", 3, 3) is None, opened_fond("dodis.ch/1234", 8, 8) is None
    (True, True)
    """
    dashed = _DASHED.match(text, rest)
    if dashed:
        return text[:rest] + ", " + dashed.group(1) + ", " + text[dashed.end():]
    slashed = _SLASHED.match(text, rest) if _COUNTRY_FIRST.fullmatch(text, 0, name_end) else None
    if slashed:
        return text[:rest] + ", " + slashed.group("fond").removeprefix("/") + text[slashed.end():]
    return None


def reference_code_forms(code: str, country: str) -> list[str]:
    """The forms an archive's code takes in reference codes (ISAD(G) 3.1.1): after its country's ISO code, parted by
    a space, a hyphen or an underscore, as archives' own finding aids write them.

    >>> reference_code_forms("AJ", "RS"), reference_code_forms("RA Stockholm", "SE"), reference_code_forms("AJ", "")
    (['RS AJ', 'RS-AJ', 'RS_AJ'], [], [])

    (`SI_ZAL_LJU/0468`, `RS AJ 837`, `HR-HDA-1561`: the country says in which country the archive is, not
    another archive.)
    """
    if not (_COUNTRY.fullmatch(country) and looks_like_code(code) and " " not in code):
        return []
    return [f"{country}{sep}{code}" for sep in (" ", "-", "_")]


_COUNTRY = compiled("[A-Z]{2}")


def looks_like_code(s: str) -> bool:
    """Whether an archive's name or variant is a code (`AJ`, `SI AS`, `BArch`): short, half its letters capitals."""
    letters = [c for c in s if c.isalpha()]
    return len(s) <= 12 and bool(letters) and sum(c.isupper() for c in letters) >= max(1, len(letters) // 2)
