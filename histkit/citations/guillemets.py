"""A publisher in guillemets after its place, as Armenian and Soviet-era notes print it: `Երևան, «Գիտություն», 1985`.

The readers take a name in guillemets for a title (an article's, a
journal's: `«Rivista storica», 1971`). Where it stands between a place (one
or two capitalised words after a comma) and the year, in a note of a script
whose notes quote their publishers so (Armenian, Cyrillic), it is the
publisher: `publisher_unquoted` takes its guillemets off, and the imprint
reads as `Place, Publisher, Year`. Latin-script notes are left alone: there
the shape is a title's (`Torino, «Studi storici», 1985` is rare, but an
Italian journal's name in guillemets is not).
"""

from __future__ import annotations


from .words import UPPER, YEAR
from ..patterns import compiled

_QUOTING_SCRIPTS = compiled(r"[\u0531-\u0587\u0400-\u04ff]")
_PLACE_QUOTED = compiled(rf"(?P<place>,\s*[{UPPER}][^\W\d_]+(?:[-\s][{UPPER}][^\W\d_]+)?\.?,\s*)"
                           rf"«(?P<publisher>[^«»,]{{2,60}})»(?=\s*,\s*{YEAR}\b)")


def publisher_unquoted(text: str) -> str:
    """``text`` with a publisher's guillemets taken off between its place and year, in an Armenian or Cyrillic note.

    >>> publisher_unquoted("Ա. Մանուկյան, Վերնագիր, Երևան, «Գիտություն», 1985, էջ 45")
    'Ա. Մանուկյան, Վերնագիր, Երևան, Գիտություն, 1985, էջ 45'
    >>> publisher_unquoted("Ռ. Սիմոնյան, «Հոդված», Հանդես, 1990, № 3")
    'Ռ. Սիմոնյան, «Հոդված», Հանդես, 1990, № 3'
    >>> publisher_unquoted("G. Rossi, Titolo, Torino, «Studi storici», 1985")
    'G. Rossi, Titolo, Torino, «Studi storici», 1985'
    """
    if "«" not in text or not _QUOTING_SCRIPTS.search(text):
        return text
    return _PLACE_QUOTED.sub(lambda found: f"{found.group('place')}{found.group('publisher')}", text)
