"""The marks a note prints where a book's imprint has no place, publisher or year: `s.l.`, `s.n.`, `s.d.`, `o. O. o. J.`,
`n.p., n.d.`, `s. f.`, `b.m.`, `Б. м.`, `[s. l.: s. n.]` (``reference_words.csv``, kind ``no_imprint``).

They stand where the readers look for a place, a publisher or a year (`…, s.l., s.e., 1908, p. 21`), so the title
ran on into them or the reference was not read at all (`…, o. O. o. J., S. 12.`); they are no field of the reference.
A mark after a title's full stop that a place's colon or a year's comma follows, GOST's place (`Название. Б. м.:
Изд. автора, 1911`, `Tytuł. B.m., 1936`), is left where it is: the GOST reader reads it as the place it stands for.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from ..patterns import compiled


@functools.cache
def _gaps() -> re.Pattern:
    mark = rf"(?<![^\W\d_])(?:{alternation('reference_words.csv', 'no_imprint')})"
    # (marks one after another, `o. O. o. J.`, `s.l., s.n., s.d.`, `[s. l.: s. n.]`, one run; a bracket of marks only
    # goes with them; before it the comma, colon or spaces that part it from the field before, not a title's stop)
    run = rf"{mark}(?:\]?\s*[,:]?\s*\[?{mark})*"
    # (not ABNT's `[S. l.]: Zenodo`, where the place stands, nor APA's `Name. (n.d.). Title`, where the year stands)
    return compiled(rf"(?:\s*\[\s*{run}\s*\]|(?:\s*[,:]\s*|(?<![.\s])\s+|(?<=[(\[])(?<!\.\s\())\[?{run}\]?(?![^\W\d_]))"
                    rf"(?!\]?\s*:)")


def without_imprint_gaps(text: str) -> str:
    """``text`` without the marks of a missing place, publisher or year (see the module's docstring).

    >>> without_imprint_gaps("L. Stahl, Die Oberamtssparkassen, o. O. o. J., S. 12")
    'L. Stahl, Die Oberamtssparkassen, S. 12'
    >>> without_imprint_gaps("C. Rossi, Usura e credito, s.l., s.e., 1908, p. 21")
    'C. Rossi, Usura e credito, 1908, p. 21'
    >>> without_imprint_gaps("T. Pell, The Compositor's Guide (n.p., n.d.), 9; S. Hart, Notes (London: n.p., 1872)")
    "T. Pell, The Compositor's Guide, 9; S. Hart, Notes (London, 1872)"
    >>> without_imprint_gaps("Орлов П. Кредит и община. [Б. м., б. г.]. С. 9"), without_imprint_gaps("Tytuł. B.m., 1936")
    ('Орлов П. Кредит и община. С. 9', 'Tytuł. B.m., 1936')
    """
    if "." not in text:
        return text
    bare = _gaps().sub(lambda gap: gap.group() if _abnt_date(text, gap) else "", text)
    if bare == text:
        return text
    # (what the marks leave: an empty bracket, a bracket opening on a comma, a stop doubled)
    bare = re.sub(r"\s*\(\s*\)|\s*\[\s*\]", "", bare)
    bare = re.sub(r"\(\s*[,:;]\s*", "(", bare)
    return re.sub(r"\.\s*\.(?=\s)", ".", bare)


def _abnt_date(text: str, gap: re.Match) -> bool:
    """Whether ``gap`` is ABNT's bracketed date after the place, closing its area (`…. Santos, [s.d.]. Disponível em:`,
    or the text once its link and stop are off: `…. Santos, [s.d.]`): the ABNT reader reads the place by it."""
    inside = gap.group().strip()
    before = text[:gap.start()].rstrip()
    return inside.lstrip(", ").startswith("[") and inside.endswith("]") and (before.endswith(",") or inside.startswith(",")) \
        and text[gap.end():gap.end() + 1] in (".", "")  # (or ending the text: its stop taken off by `ends`)
