"""Numbered section headings (`2. The Crisis`, `1. Two leaders, one army`) told from numbered notes.

Both start with a number and may stand between blank lines. A heading is short, ends without a full stop
and, when it holds a comma (which short notes such as `1 Smith, Lenin` also do), its number starts another
line later in the text: the real note, which runs on to the next number.
"""

from __future__ import annotations

import re

from .lines import Line, heading_shape
from .markers import NUM_NOTE, label_number
from .signs import DATE_START

# the most lines one note runs over before the next note starts, in the search for the notes after a heading
_NOTE_LINES = 12


def numbered_heading(lines: list[Line], i: int, s: str, m: re.Match, prev: str) -> bool:
    """Is numbered line ``i`` (``s``, label match ``m``) a section heading set off by blank lines?

    >>> from histkit.layout.lines import split_lines
    >>> from histkit.layout.markers import NUM_NOTE
    >>> text = "1. Two leaders, one army\\n\\n Text.1\\n\\n1 AJ, 507.\\n2 Ibid.\\n"
    >>> lines = split_lines(text)
    >>> numbered_heading(lines, 0, lines[0].s, NUM_NOTE.match(lines[0].s), "blank")
    True
    """
    rest = s[m.end():]
    nxt_blank = i + 1 >= len(lines) or lines[i + 1].blank
    dotted = s[:m.end()].rstrip().endswith(".")
    if not (nxt_blank and prev == "blank" and heading_shape(s) and rest.rstrip()[-1:] not in ".)"
            and len(rest.split()) <= (8 if dotted else 5)):
        return False
    if not re.search(r"[,;]", rest):
        return True
    # a comma is common in short notes (`1 Smith, Lenin`): words only, and the number's note found later
    return not re.search(r"\d", rest) and _numbered_again(lines, i, label_number(m))


def _numbered_again(lines: list[Line], i: int, num: int) -> bool:
    """Does a later line start with ``num``, and the next numbered line after it (a note may run over a few
    lines) with ``num + 1``: notes running on?"""
    later = [(j, label_number(m)) for j in range(i + 1, len(lines))
             if (m := NUM_NOTE.match(lines[j].s)) and not DATE_START.match(lines[j].s)]
    return any(n == num and k + 1 < len(later) and later[k + 1][1] == num + 1 and later[k + 1][0] - j <= _NOTE_LINES
               for k, (j, n) in enumerate(later))
