"""A department named after the national archive that holds it: ``ÖStA, HHStA`` is the Haus-, Hof- und Staatsarchiv.

Central archives group archives of their own under one roof, and historians
cite both, the body first: ``Österreichisches Staatsarchiv, Haus-, Hof- und
Staatsarchiv``, ``ÖStA, Kriegsarchiv (KA)``. The archive a document is in is
the department: the second name, when the first is a body with departments
(``data/citations/umbrella_archives.csv``) and the second an archive of its town
or one the article defines itself (a definition knows no town), and a holding
follows. Elsewhere a code after an archive is a series of it, even one the
article defines (``MFA, PA, 1952``: the political archive series of a foreign
ministry's archive, not an archive of its own).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from .longername import name_goes_on
from .lookalikes import law_after_code
from .words import forms
from ..patterns import compiled

_COMMA = compiled(r"\s*,\s*|\s*[–—/]\s*|-(?=\w)")  # (or a dash or slash: `ÖStA–AVA`, `ÖStA/HHStA`)
_HOLDING_AFTER = compiled(r"\s*(?:[,;:(]|\.(?!\d)|$)")
_JOINING_DASH = compiled(r"(?<=[^\W\d_])–(?=[^\W\d_])")


def joining_dashes(text: str) -> str:
    """``text`` with an en dash joining two letters as a hyphen, the same length: codes of a department and its body
    are typeset either way (`SAPMO–BArch`, `SAPMO-BArch`); a spaced dash stays (`ДА – Варна`, `12–14`).

    >>> joining_dashes("SAPMO–BArch, DY 30; ДА – Варна; 12–14")
    'SAPMO-BArch, DY 30; ДА – Варна; 12–14'
    """
    return _JOINING_DASH.sub("-", text) if "–" in text else text


def department_of(match: Callable, head: str):
    """What ``match`` (an archive matcher's own) reads at the start of ``head``, the department when one follows.

    >>> from histkit.citations.archives import Archive
    >>> body, part = Archive("NB", "National Body", "Town"), Archive("DEP", "Department", "Town")
    >>> names = {"NB": body, "DEP": part}
    >>> def match(text):
    ...     code = text.split(",")[0].strip()
    ...     return (names[code], len(code)) if code in names else None
    >>> department_of(match, "NB, DEP, box 4")[0].code  # (NB is no body with departments)
    'NB'
    """
    best = match(head)
    if name_goes_on(best, head):  # (`Nationaal Archief Suriname, …`: another archive, the known name's head)
        return None
    if law_after_code(best, head):  # (`VA. CODE ANN. § 18.2-32`: Virginia's code, no archive's)
        return None
    comma = _COMMA.match(head, best[1]) if best and best[0].code in _umbrellas() else None
    if comma is None:
        return best
    inner = match(head[comma.end():])
    if inner is None or inner[0].code == best[0].code or not _HOLDING_AFTER.match(head, comma.end() + inner[1]):
        return best
    body, part = best[0], inner[0]
    if part.city == body.city or not part.city:
        return part, comma.end() + inner[1]
    return best


@lru_cache(maxsize=1)
def _umbrellas() -> frozenset[str]:
    return frozenset(forms("umbrella_archives.csv"))
