"""Archival reference codes opened up: the fond a code glues to its archive's, set apart as a citation spells it out.

Archives' finding aids and the historians who copy them write a fond's reference code (ISAD(G) 3.1.1) as one word:
the country, the archive, an archive's branch and the fond's number (`HR-HDA-1220`, `SI_ZAL_LJU/0468`,
`SI PAM/0011`). Once the archive's code is matched (`archives.reference_code_forms`), the rest is its fond.
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
