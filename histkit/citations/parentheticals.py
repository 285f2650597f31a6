"""The US law reviews' explanatory parentheticals: what follows a work in a note and is no part of it.

The Bluebook lets an authority be followed by a bracket that says what it holds or why it is cited, opening with a
present participle: `Beddoes, supra note 1, at 1040 (dating the practice to the 1840s)`, `Id. at 860 (quoting
CRANSTON, TREATISE 198 (1858))`. The years and names in it are the explanation's, not another work run on after the
short form (`shortrefs.bare_note_reference` asks for a year after the note reference).
"""

from __future__ import annotations

from ..patterns import compiled
from .words import YEAR

# a bracket opening with a word in small letters ending in -ing (`arguing`, `quoting`, `noting`, `citing`)
_EXPLAINING = compiled(r"\(\s*[a-z]{2,}ing\b")
_YEAR = compiled(rf"(?<!\d)(?<!§)(?<!§\s)(?<!Art\.\s){YEAR}(?!\d)")


def without_parentheticals(text: str) -> str:
    """``text`` without its explanatory parentheticals (and what they hold, brackets within them too).

    >>> without_parentheticals(", at 1040 (dating the practice to 1840) (emphasis added).")
    ', at 1040  (emphasis added).'
    >>> without_parentheticals(" (2d ed. 2004)")
    ' (2d ed. 2004)'
    """
    out, at = [], 0
    while (found := _EXPLAINING.search(text, at)) is not None:
        depth, end = 0, len(text)
        for k in range(found.start(), len(text)):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                end = k + 1
                break
        out.append(text[at:found.start()])
        at = end
    return "".join(out) + text[at:]


def year_after(raw: str, at: int) -> bool:
    """Whether ``raw`` prints a year after ``at`` outside its explanatory parentheticals (a section's number is none:
    `§ 2034`, `Art. 1848`): a note reference that runs on into another work.

    >>> year_after("Beddoes, supra note 1, at 1040 (dating it to 1840).", 21), year_after("X, (Fn. 12), 18, Shelley, 1821", 12)
    (False, True)
    """
    return _YEAR.search(without_parentheticals(raw[at:])) is not None
