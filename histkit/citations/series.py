"""A series a book belongs to, printed in its imprint: `Paris, LGDJ, coll. « Bibliothèque … », t. 23, 1978`.

French, Italian and Spanish books name their series after the publisher, quoted, with the book's number in it
(`t. 23`, `n° 5`, `vol. 12`). The reference gold records neither (round 1's rule), and the readers, which expect the
year after the publisher, stop at it. `without_series` takes the clause out: a word of the list
(``reference_words.csv``, kind ``series``: coll., collana, col.) before a quoted title, and the number after it.
"""

from __future__ import annotations

import functools
import re

from .words import YEAR, alternation
from ..patterns import compiled


@functools.cache
def _clause() -> re.Pattern:
    words = alternation("reference_words.csv", "series")
    # (the quoted series title, then a number's short word and its number, arabic or roman, if printed)
    return compiled(rf",\s*(?:{words})\s*[«„“\"]\s*[^»“”\"]{{1,120}}?\s*[»“”\"]"
                      rf"(?:\s*,\s*[^\W\d_]{{1,4}}\.?\s*°?\s*(?:\d+|[IVXLC]+)(?![\w.,]*\s*[^\W\d_]{{3}}))?(?=\s*[,.)]|\s*$)")


# or in brackets after the imprint's year, its name and the book's number in it with a volume's short word
# (`…, Bruxelles, Palais des Académies, 1958 (Mémoires de la Classe des Lettres, 2e série, t. LIII), p. 77`), or the
# number alone after a name of two words or more, as German notes print a series (`…, Berlin 2004 (Schriften zur
# Rechtsgeschichte 112), S. 45`, `Hannover 1995 (MGH SS rer. Germ. 64)`; not a year: `(ND Aalen 1968)` is a reprint's)
_BRACKET_AFTER_YEAR = compiled(rf"(?<={YEAR})\s*\([^\W\d_](?:[^()]{{2,120}}?,\s*[^\W\d_]{{1,4}}\.\s*|[^()\s]*\s[^()]{{1,120}}?\s)"
                               rf"(?:(?!{YEAR}\))\d+|[IVXLC]+)\)(?=\s*[,.]|\s*$)")


def without_series(text: str) -> str:
    """``text`` without the series its book belongs to (see the module's docstring).

    >>> without_series("J. Dupont, Titre, Paris, LGDJ, coll. « Bibliothèque de droit », t. 23, 1978, p. 45")
    'J. Dupont, Titre, Paris, LGDJ, 1978, p. 45'
    >>> without_series("J. Dupont, Titre, Paris, PUF, coll. « Thémis », 2004")
    'J. Dupont, Titre, Paris, PUF, 2004'
    >>> without_series("É. Dupont, Titre, Bruxelles, Palais des Académies, 1958 (Mémoires de la Classe, t. LIII), p. 7")
    'É. Dupont, Titre, Bruxelles, Palais des Académies, 1958, p. 7'
    >>> without_series("Hans Ott, Titel, Berlin 2004 (Schriften zur Rechtsgeschichte 112), S. 45")
    'Hans Ott, Titel, Berlin 2004, S. 45'
    >>> without_series("Hans Ott, Titel, Leipzig 1890 (ND Aalen 1968), S. 45")
    'Hans Ott, Titel, Leipzig 1890 (ND Aalen 1968), S. 45'
    """
    return _BRACKET_AFTER_YEAR.sub("", _clause().sub("", text, count=1), count=1)
