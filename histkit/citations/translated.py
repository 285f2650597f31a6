"""The translation a note cites beside the original, in a bracket that closes the reference: `M. Scheler, Das
Ressentiment im Aufbau der Moralen, Bern 1972, pp. 33-147 (trad. it. di A. Pupi, Il risentimento, Milano 1975,
p. 183)`, `…, Paris 1939 (English translation: The Value of Science, New York 1958, p. 12)`.

The translation is a work of its own (round 1's "other editions" rule gives it a reference of its own, which the
model reads: `histkit.literature`); to the rules it hides where the original ends, so the whole note read as prose.
`without_translation` takes the bracket off before the original is read. The bracket opens with a word for a
translation (``reference_words.csv`` kind ``translation``: `trad. it.`, `engl. Übers.`, `English translation`),
holds no bracket of its own and names a year.
"""

from __future__ import annotations

import functools
import re

from .words import YEAR, alternation
from ..patterns import compiled


@functools.cache
def _bracket() -> re.Pattern:
    return compiled(rf"\(\s*(?:{alternation('reference_words.csv', 'translation')})(?![^\W_])[^()]*?(?<!\d){YEAR}"
                    rf"(?!\d)[^()]*\)\s*\.?\s*$", re.IGNORECASE)


def without_translation(text: str) -> str:
    """``text`` without the bracket of a translation that ends it (see the module's docstring).

    >>> without_translation("M. Scheler, Das Ressentiment, Bern 1972, p. 33 (trad. it. di A. Pupi, Il risentimento, "
    ...                     "Vita e Pensiero, Milano 1975, p. 183).")
    'M. Scheler, Das Ressentiment, Bern 1972, p. 33'
    >>> without_translation("R. Aron, Paix et guerre (Paris: Calmann-Lévy, 1962)")
    'R. Aron, Paix et guerre (Paris: Calmann-Lévy, 1962)'
    """
    opened = text.rfind("(")  # (the bracket holds none: only the last can be it)
    if opened <= 0:
        return text
    return text[:opened].rstrip(" ,") if _bracket().match(text, opened) else text
