"""A person's name in capitals as print sets it: the whole name, or the family name alone in small capitals.

French and other notes set the family name in small capitals after the given
name (`Marc BLOCH`, `H. de VAUCOULEURS`), the particle left small; headings
set a whole name in capitals, an apostrophe inside it included (`O'KEALY`).
"""

from __future__ import annotations

from ...patterns import compiled
from .names import PARTICLES

#: An English possessive ending a form: `Spaak's`, `Đilas'`.
POSSESSIVE_END = compiled(r"'s?$")


def family_in_capitals(surface: str) -> str:
    """A person's name with the family name alone in capitals, as notes set it in small capitals, or ``''``.

    >>> family_in_capitals("Marc Bloch"), family_in_capitals("H. de Vaucouleurs"), family_in_capitals("de la Riva")
    ('Marc BLOCH', 'H. de VAUCOULEURS', 'de la RIVA')

    The family name is the last word, or everything after the first particle in small letters with the particles
    themselves as written (`de`, `van der`: French and Dutch print keep them small). A name of one word has none.
    """
    words = surface.split(" ")
    k = next((i for i, w in enumerate(words) if w in PARTICLES), None)
    if k is None:
        k = len(words) - 1
    else:
        while k < len(words) and words[k] in PARTICLES:
            k += 1
    if k == 0 or k >= len(words):
        return ""
    return " ".join(words[:k] + [w.upper() for w in words[k:]])
