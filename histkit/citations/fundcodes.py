"""A fonds' code and the file in it, where the slash after the code's number parts a file from a document in it.

The Ottoman archive in Istanbul cites a fonds by a code, the words of its name cut short and joined by full stops
(`DH.MKT`, `İ.HR.`, `Y.PRK.A`, `A.MKT.MHM`, with or without the last stop), or by an undotted code
(``dossier_fund_codes.csv``: `BEO`, `HAT`), then the dossier and the shirt (gömlek) inside it: `DH.MKT 1234/56` is
fond `DH.MKT` and unit `1234/56`, as the house reads `DH.MKT. 2614/7` (round 31). Kew's `FO 371/1234` has the same
shape but is a class and its piece, so an undotted code is read so only where it is listed. The Republic's archive
(BCA) writes the fonds' code (Fon Kodu) and the box, file and sequence (Yer No), each dotted, joined by a slash:
`030.18.01.02/12.45.3` is fond `030.18.01.02` and unit `12.45.3`. The Hungarian state-security archive (ÁBTL)
numbers its fonds with dotted figures ending in a stop and gives the file's signature after a space: `3.1.5. O-12345`
is fond `3.1.5.` and unit `O-12345` (rounds 2, 31 and 40), `3.1.9. V-150019/1` fond `3.1.9.`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..data import data_rows
from ..patterns import compiled

_CAPITALS = "A-ZÇĞİÖŞÜ"
# the dotted code, then the file: after its last stop (`DH.MKT. 2614/7`, `DH.MKT.2614/7`, `İ.HR. 123/4567`), or
# after a space where the code ends without a stop (`DH.MKT 1234/56`: a dossier and its shirt, then)
_DOTTED = compiled(rf"^(?P<fond>[{_CAPITALS}]{{1,6}}(?:\.[{_CAPITALS}]{{1,6}})+)(?:(?P<stop>\.)\s*(?P<unit>\d[\w/.-]*)"
                   rf"|\s+(?P<file>\d+/\d+))$")
# a dotted fonds code (three figures, then two to four dotted parts) and its dotted place number
_CODE_AND_PLACE = compiled(r"^(?P<fond>\d{3}(?:\.\d{1,3}){1,4})/(?P<unit>\d+(?:\.\d+){1,4})$")
# a fonds numbered in dotted figures ending with a stop, then a file's lettered signature: `3.1.5. O-12345`
_NUMBERED_AND_SIGNATURE = compiled(r"^(?P<fond>\d{1,2}(?:\.\d{1,2}){1,4}\.)\s+(?P<unit>[A-Z]{1,3}-\d[\w/-]*|[IVXLC]{1,5}/\d[\w/-]*)$")


@functools.cache
def _listed() -> re.Pattern:
    codes = "|".join(re.escape(row["code"].strip()) for row in data_rows("citations", "dossier_fund_codes.csv"))
    return compiled(rf"^(?P<fond>{codes})\s+(?P<unit>\d+/\d+)$")


class Piece(NamedTuple):
    """A fond and the unit after it, read as `re.Match` groups are (``piece.group("fond")``)."""

    fond: str
    unit: str

    def group(self, name: str) -> str:
        return getattr(self, name)


def fund_file(token: str) -> Piece | None:
    """The fonds' code and its file where ``token`` is such a reference (module doc), else None.

    >>> fund_file("DH.MKT 1234/56"), fund_file("İ.HR. 123/4567")
    (Piece(fond='DH.MKT', unit='1234/56'), Piece(fond='İ.HR.', unit='123/4567'))
    >>> fund_file("BEO 1234/92512"), fund_file("030.18.01.02/12.45.3")
    (Piece(fond='BEO', unit='1234/92512'), Piece(fond='030.18.01.02', unit='12.45.3'))
    >>> fund_file("3.1.5. O-12345")
    Piece(fond='3.1.5.', unit='O-12345')
    >>> fund_file("FO 371/1234") is None
    True
    """
    dotted = _DOTTED.match(token)
    if dotted:
        if dotted.group("stop"):
            return Piece(dotted.group("fond") + ".", dotted.group("unit"))
        return Piece(dotted.group("fond"), dotted.group("file"))
    found = _listed().match(token) or _CODE_AND_PLACE.match(token) or _NUMBERED_AND_SIGNATURE.match(token)
    return Piece(found.group("fond"), found.group("unit")) if found else None
