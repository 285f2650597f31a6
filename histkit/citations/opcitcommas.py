"""An op. cit. printed without the commas around it: `Ekdahl a.a. s. 335`, `Brandell & Molin a.a. s. 22`, `Koziol aaO 45`.

Swedish legal notes (the *SvJT* house) print the surname, `a.a.` (anfört arbete) and the page with spaces only,
where most houses print commas (`Beneš, op. cit., s. 155`); Austrian ones (the *JBl* house) the surname, `aaO` and
the page with no mark, or the margin number (`Rz 5`); South African ones the surname, `op cit` and the note the work
was cited in (`De Wet-Nortje op cit note 1 at 245`). `with_op_cit_commas` writes the commas in, so the
readers see the shape they read elsewhere: the authors, the op. cit. word (``reference_words.csv``, kind
``op_cit``) and the page after its mark (kind ``page_mark``). Nothing else is changed; a note that prints the
commas is left as it is.
"""

from __future__ import annotations

import functools
import re

from ..patterns import compiled
from .words import UPPER, alternation

# (its particles before it, in small letters or a capital opening the note: `van Zyl`, `De Wet-Nortje`)
_NAME = rf"(?:(?i:{alternation('name_particles.csv')})\s+)*[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?"


@functools.cache
def _pattern() -> re.Pattern:
    # (the page after its mark, or bare, or the division of a commentary or treatise cited: `Koziol aaO 45`,
    # `Holzinger aaO Rz 5`, `Walderdorff, a.a.O., Art. 159 Anm. 1`; kinds ``page_mark`` and ``division_mark``)
    marks = alternation("reference_words.csv", "page_mark") + "|" + alternation("reference_words.csv", "division_mark")
    names = rf"{_NAME}(?:\s*(?:&|{alternation('and_words.csv')})\s*{_NAME}){{0,3}}"
    return compiled(rf"^(?P<names>{names})(?P<before>\s*,?\s+)(?P<word>(?:{alternation('reference_words.csv', 'op_cit')})\.?)"
                    rf"(?P<after>\s*,?\s+)(?=(?:(?:{marks})\s*)?\d|(?:{alternation('reference_words.csv', 'note')})\s*\d)")


def with_op_cit_commas(text: str) -> str:
    """``text`` with a comma after the authors and after the op. cit. word where it prints a space only.

    >>> with_op_cit_commas("Ekdahl a.a. s. 335."), with_op_cit_commas("Brandell & Molin a.a. s. 22")
    ('Ekdahl, a.a., s. 335.', 'Brandell & Molin, a.a., s. 22')
    >>> with_op_cit_commas("van Zyl op cit note 12 at 90.")
    'van Zyl, op cit, note 12 at 90.'
    >>> with_op_cit_commas("Beneš, op. cit., s. 155."), with_op_cit_commas("Ekdahl och Molin skriver s. 4")
    ('Beneš, op. cit., s. 155.', 'Ekdahl och Molin skriver s. 4')
    """
    found = _pattern().match(text)
    if found is None or ("," in found.group("before") and "," in found.group("after")):
        return text
    return f"{found.group('names')}, {found.group('word')}, {text[found.end():]}"
