"""A regnal number after a ruler's name says which ruler it is: `Muwenda I` is not `Muwenda II`.

Kings, popes and emperors of one name are told apart by their numbers, father and son often
(`Siaosi Fulivai I`, `Siaosi Fulivai II`), an ancestor or predecessor beside the actor as often
(`Clemens XIV` before `Clemens XV`). A name found without its number (an alias `Papa Clemens`, the
name alone) and followed by a number the actor's names do not hold names that other ruler. An actor
whose names hold no number at all is left alone: the authority file does not say which ruler he was.
"""

from __future__ import annotations

import pandas as pd

from ..patterns import compiled

#: A Roman numeral as a word (German prints it with a full stop: `Pius XII.`).
_NUMERAL = r"[IVXL]{1,6}"
#: A regnal number just after a name: white space, the numeral, then no letter.
_NUMBER_AFTER = compiled(r"[ \t\u00a0]+(" + _NUMERAL + r")\.?(?![^\W\d_])")
#: A regnal number as the last word of a name or alias.
_LAST_NUMBER = compiled(r"\s(" + _NUMERAL + r")\.?$")


def regnal_numbers(actors: pd.DataFrame) -> dict[str, frozenset]:
    """actor_id → the regnal numbers its name and aliases end with (empty: none).

    >>> table = pd.DataFrame({"actor_id": ["k"], "name": ["Muwenda II"], "aliases": ["Kabaka Muwenda"]})
    >>> regnal_numbers(table)["k"]
    frozenset({'II'})
    """
    out = {}
    for actor_id, name, aliases in zip(actors.actor_id, actors.name, actors.aliases):
        names = [str(name)] + [a for a in (aliases if isinstance(aliases, str) else "").split("|") if a]
        out[actor_id] = frozenset(m.group(1) for n in names if (m := _LAST_NUMBER.search(n.strip())))
    return out


def another_rulers_number(text: str, end: int, numbers: frozenset) -> bool:
    """Whether the name ending at ``end`` is followed by a regnal number that is not one of ``numbers``.

    >>> another_rulers_number("wa Muwenda I.", 10, frozenset({"II"}))
    True
    >>> another_rulers_number("Muwenda II", 7, frozenset({"II"})), another_rulers_number("Muwenda I", 7, frozenset())
    (False, False)
    """
    if not numbers:
        return False
    m = _NUMBER_AFTER.match(text, end)
    return m is not None and m.group(1) not in numbers
