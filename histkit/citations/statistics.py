"""Printed statistics cited by their title: a census, a statistical yearbook or abstract, as their bodies publish them.

`Istituto centrale di statistica, VIII censimento generale della popolazione, 21 aprile 1936, vol. IV, Roma 1939, tav.
12`, `Instituto Nacional de Estadística, Censo de la población de España …, t. II, Madrid, 1944, cuadro 12`: the
statistical office's name opens the citation as an archive's might (`Istituto`, `Instituto`), and its volumes and
tables follow as units might; the census's day is no document's. The title's word for a census or a yearbook says it
is a printed work (``data/citations/statistics_words.csv``, kind ``title``, by language: a historian adds a language's
words there), where no archive is named but a statistical office opening the citation (kind ``office``, the stems of
the words saying so: `statistica`, `Estadística`); a census in an archive's holdings, `Stadtarchiv X, Volkszählung
1939, Nr. 5`, stays the archive's file, and so does a census's return cited by its call number (`1841 Census, HO
107/793/1`: the enumerators' books the National Archives hold).
"""

from __future__ import annotations

import functools
import re

from .holdings import is_call_number
from .notetext import split_commas
from .words import alternation, archive_word
from ..patterns import compiled

# (the word opens a word of the title: `Volkszählung`, `censimento`; `Censo`, not `incensorio`)
_LEFT = r"(?<![^\W_])"


@functools.cache
def _statistics(kind: str) -> re.Pattern:
    return compiled(rf"{_LEFT}(?:{alternation('statistics_words.csv', kind)})", re.IGNORECASE)


def printed_statistics(piece: str) -> bool:
    """Whether ``piece`` cites a census or a statistical yearbook by its title (a printed work, not an archive's file).

    >>> printed_statistics("Istituto centrale di statistica, VIII censimento generale della popolazione, vol. IV")
    True
    >>> printed_statistics("Instituto Nacional de Estadística, Censo de la población de España, t. II, Madrid, 1944")
    True
    >>> printed_statistics("Stadtarchiv Bonn, Volkszählung 1939, Nr. 5"), printed_statistics("1841 Census, HO 107/793/1.")
    (False, False)
    """
    head = piece[:200]
    if _statistics("title").search(head) is None or any(is_call_number(part.strip(" .")) for part in split_commas(piece)):
        return False
    first = head.split(",", 1)[0]  # (the body that opens the citation)
    named = [m.end() for m in archive_word().finditer(piece)]
    return not named or (max(named) <= len(first) and _statistics("office").search(first) is not None)
