"""The word for the same author opening a reference (`Его же.`, `Tenże,`, `Id.:`): left out where the authors stand."""

from __future__ import annotations

from .clauses import journal_after_stop
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
    return text if same is None or (QUOTE_START.match(text, same.end()) and ":" not in same.group()) else text[same.end():]


def as_named(piece: str) -> str | None:
    """``piece`` with the word for the same author read as the name it stands for (a stand-in, `N. N.`), for asking
    whether the rest reads as a reference; a colon after the word keeps it, as the colon styles print a name (`Ista:
    Naslov.` as `Ista, Naslov.`). None without such a word.

    >>> as_named("ders., Die Schreiber. Tiroler Heimat 71 (2007) 143–170"), as_named("Ista: Naslov. Ljubljana 1990")
    ('N. N., Die Schreiber, Tiroler Heimat 71 (2007) 143–170', 'Ista, Naslov. Ljubljana 1990')
    """
    same = SAME_AUTHOR.match(piece)
    if same is None:
        return None
    word = same.group().rstrip()
    if word.endswith(":"):
        return f"{word[:-1]}, {piece[same.end():]}"
    return journal_after_stop(f"N. N., {piece[same.end():]}")
