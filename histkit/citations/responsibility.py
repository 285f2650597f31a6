"""Whether a semicolon separates two statements of responsibility of one reference, not two references.

The ISBD order GOST follows sets the persons responsible after the title and a
slash, and separates them by semicolons: `Кустарная Россия / Пер. с нем. Л. Я.
Шустер; Под ред. И. М. Волкова. М., 1970` (translated by …; edited by …), `Title
/ trans. A. Smith; ed. B. Jones`. A semicolon there, followed by a role's word
(``reference_words.csv``, kind ``role``: под ред., пер., сост., ред. …), cuts no note.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled


@functools.cache
def _role_after() -> re.Pattern:
    return compiled(rf"\s*(?i:{alternation('reference_words.csv', 'role')})(?![^\W\d_])")


# the slash that opens the statements of responsibility: spaced and single (`//` opens a container)
_SLASH = compiled(r"(?<!/)\s/\s(?!/)")


def joins_responsibilities(text: str, i: int) -> bool:
    """Whether the semicolon at ``text[i]`` stands between two statements of responsibility after one title's slash.

    >>> note = "Гартман К. Кустарная Россия / Пер. с нем. Л. Я. Шустер; Под ред. И. М. Волкова. М., 1970. С. 8."
    >>> joins_responsibilities(note, note.index(";"))
    True
    >>> note = "Иванов И. И. Земство / Под ред. П. П. Петрова. М., 1990. С. 5; Сидоров С. С. Школа. М., 1991."
    >>> joins_responsibilities(note, note.index(";"))
    False
    """
    start = text.rfind(";", 0, i) + 1
    return _SLASH.search(text, start, i) is not None and _role_after().match(text, i + 1) is not None
