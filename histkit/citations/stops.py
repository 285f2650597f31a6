"""The full stop a script writes otherwise, read as the full stop the readers know (`script_stops`).

Armenian closes a sentence with its own full stop, `։` (U+0589), which much
digital Armenian text types as an ASCII colon: `…, Երևան, 1985, էջ 45:`. The
readers take a colon for a colon (`Place: Publisher`, `Name: Title`), so an
Armenian note's sentence ends are given a full stop first. A colon is an
Armenian full stop where it closes Armenian text: after an Armenian letter, a
digit or a closing bracket or guillemet, in a note that has Armenian letters,
before the note's end or a space. A colon after a Latin or Cyrillic word
(`Ереван: Изд-во`, a Russian imprint cited in an Armenian note) stays a colon.
Characters are replaced one for one, so offsets into the note hold.
"""

from __future__ import annotations

from ..patterns import compiled

_ARMENIAN = compiled(r"[\u0531-\u0587]")
# (the Armenian full stop, and the colon typed for it after Armenian text or a number, a bracket, a guillemet)
_STOP = compiled(r"։|(?<=[\u0531-\u0587\d)»\]]):(?=\s|$)")
# (a word of Latin or Cyrillic letters just before the colon: that language's colon)
_OTHER_WORD = compiled(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][^\s,]*$")


def script_stops(text: str) -> str:
    """``text`` with the Armenian full stop, or the colon typed for it, as `.`; other text as it is.

    >>> script_stops("Ա. Մանուկյան, Վերնագիր, Երևան, 1985, էջ 45:")
    'Ա. Մանուկյան, Վերնագիր, Երևան, 1985, էջ 45.'
    >>> script_stops("Петросян А. Г. Название. Ереван: Изд-во АН, 1978: Ա. Բ.")
    'Петросян А. Г. Название. Ереван: Изд-во АН, 1978. Ա. Բ.'
    >>> script_stops("Smith, Title, London: Grove, 1985: 12")
    'Smith, Title, London: Grove, 1985: 12'
    """
    if not _ARMENIAN.search(text):
        return text
    return _STOP.sub(lambda found: ":" if found.group() == ":" and _OTHER_WORD.search(text[:found.start()]) else ".",
                     text)
