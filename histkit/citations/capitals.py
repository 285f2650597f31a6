"""Authors printed in capitals before a colon (Spanish house style): `APELLIDOS, Nombre: Título, Lugar, Editorial, 1990`.

The head (`capitals_head`) is one to four persons, each the family names in
capitals and, after a comma, the given names or initials (`MORALES CARRIÓN,
Enrique`, `SALCEDO RUIZ, J.`), joined by a word for "and" or a semicolon
(`VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi`), an editor's mark after them
(`(ed.)`, `(coord.)`: ``reference_words.csv``, kind ``role_bracket``), then the
colon. A repeat prints the family names alone (`HARTLEY: op. cit.`,
`SALCEDO RUIZ: «Los interventores…», art. cit.`). The rest is read as any
reference without its authors.
"""

from __future__ import annotations

import functools
import re

from .gost import op_cit
from .legal import without_lead_in
from .words import UPPER, alternation
from ..patterns import compiled

# family names: words of two capitals or more (`MORALES CARRIÓN`, `RUIZ DE AZÚA`, `SAINT-JUST`)
_FAMILY = rf"[{UPPER}]{{2,}}(?:[\s-][{UPPER}]{{2,}})*"
# given names or initials after the comma (`Enrique`, `J.`, `José María`, `J. M.`)
_GIVEN = rf"[{UPPER}][^\W\d_]*\.?(?:[\s-][{UPPER}][^\W\d_]*\.?){{0,2}}"


@functools.cache
def _head() -> re.Pattern:
    person = rf"{_FAMILY}(?:,\s+{_GIVEN})?"
    joined = rf"(?:\s*;\s*|\s+(?:{alternation('and_words.csv')})\s+)"
    role = alternation("reference_words.csv", "role_bracket")
    return compiled(rf"^(?P<authors>{person}(?:{joined}{person}){{0,3}})(?:\s*\((?i:{role})\.?\))?\s*:\s+(?=\S)")


def capitals_head(text: str) -> re.Match | None:
    """Where the authors in capitals and their colon end in ``text``; group ``authors`` (without an editor's mark).

    >>> capitals_head("MORALES CARRIÓN, Enrique: El Protectorado, Madrid, 1990").group("authors")
    'MORALES CARRIÓN, Enrique'
    >>> capitals_head("VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi (coord.): La administración").group("authors")
    'VALLVERDÚ SAÑA, Marta y PONS ESCUDÉ, Jordi'
    >>> capitals_head("HARTLEY: op. cit., p. 130").group("authors"), capitals_head("Hartley: Title") is None
    ('HARTLEY', True)
    """
    return _head().match(text)


def capitals_reference(piece: str) -> bool:
    """Whether ``piece`` opens as a reference of this style: the authors in capitals with their given names or an
    editor's mark (a full reference), or the family names alone before a quoted short title or op. cit. (a repeat).

    >>> capitals_reference("SALCEDO RUIZ, J.: «Los interventores», Hispania, 50/2 (1990)")
    True
    >>> capitals_reference("RUIZ DE AZÚA: art. cit., p. 195"), capitals_reference("AHN: Estado, leg. 123")
    (True, False)
    """
    piece = without_lead_in(piece)  # (`Vid. también MERINO BLASCO, Ramón (ed.): …`)
    head = capitals_head(piece)
    if head is None:
        return False
    rest = piece[head.end():]
    if "," in head.group("authors") or head.group().rstrip().endswith("):"):
        return True
    found = op_cit(rest)
    return rest.startswith(("«", "„", "“", '"')) or (found is not None and found.start() == 0)
