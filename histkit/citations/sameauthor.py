"""The word for the same author opening a reference (`Его же.`, `Tenże,`, `Id.:`): left out where the authors stand."""

from __future__ import annotations

from .quotes import QUOTE_START
from .shortrefs import SAME_AUTHOR


def without_same_author(text: str) -> str:
    """``text`` without the word for the same author at its front (`Его же.`, `Tenże,`), unless a quoted title follows
    it (`Ista, »Naslov«, Kronika 62`): there it stands where the authors would, and `repeated_author` replaces it.

    >>> without_same_author("Tenże, Kasy, Kraków 1990"), without_same_author("Ista, »Vas«, Kronika 62 (2014)")
    ('Kasy, Kraków 1990', 'Ista, »Vas«, Kronika 62 (2014)')
    >>> without_same_author("Id.: «La Alta Comisaría», en: Libro")
    '«La Alta Comisaría», en: Libro'
    """
    same = SAME_AUTHOR.match(text)  # (`Id.: «Título»`: a colon says it is the authors' place, as after a name)
    # (a phrase in small letters, `a revised version appeared as "Title"`, `objavljeno kao „Naslov“`, stands where no
    # name would: the work after it is the previous author's, and the phrase is no part of its title)
    phrase = same is not None and text[:1].islower() and " " in same.group().strip()
    return text if same is None or (QUOTE_START.match(text, same.end()) and ":" not in same.group() and not phrase) \
        else text[same.end():]

