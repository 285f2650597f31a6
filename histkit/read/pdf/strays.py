"""The lines of a page's note area that belong to no note, in reading order: a book's front and back matter.

A list of abbreviations, an index or a bibliography set in the notes' type on pages of their own is read by the
page writer as notes, and, holding no note, given back to the text. Sorted down the page, such lines read a list of
abbreviations right only if each code and its meaning, parted by a gap into two lines on one baseline, are read left
to right, though the meaning's taller letters (`Archiwum`) start above the code's (`AGAD`); and they mix an index's
two columns line by line. So the columns are read one after the other where they are text columns (two or more of
about one width, a dozen sizes wide each: an index), and otherwise the lines are read down the page, those on one
baseline joined left to right into one line (a code and its meaning; a table's row).
"""

from __future__ import annotations

from operator import attrgetter

from .lines import Line

_TOP = attrgetter("top", "x0")


def stray_order(lines: list[Line], columns: list[list[Line]]) -> list[Line]:
    """``lines`` (a page's note-area lines that are no note's) in reading order; ``columns`` the page's note columns.

    >>> def line(x0, x1, base, text): return Line([], x0, base - 8, x1, base + 2, base, 8.0, False, [("t", text)])
    >>> code, meaning = line(50, 70, 100, "AAN"), line(100, 300, 99.9, "Archiwum Akt Nowych")
    >>> meaning.top -= 1  # (its taller letters)
    >>> [ln.text for ln in stray_order([meaning, code], [[code], [meaning]])]
    ['AAN Archiwum Akt Nowych']
    >>> left = [line(50, 180, 100, "Grabski, W., 12"), line(50, 170, 110, "Landau, Z., 64")]
    >>> right = [line(200, 330, 100, "Molenda, J., 158"), line(200, 320, 110, "Zając, M., 3")]
    >>> [ln.text for ln in stray_order(left + right, [left, right])]
    ['Grabski, W., 12', 'Landau, Z., 64', 'Molenda, J., 158', 'Zając, M., 3']
    """
    if not lines:
        return []
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    columns = sorted((c for c in columns if c), key=lambda c: min(ln.x0 for ln in c))
    widths = [max(ln.x1 for ln in c) - min(ln.x0 for ln in c) for c in columns]
    if len(widths) >= 2 and min(widths) >= 12 * size and min(widths) >= 0.6 * max(widths):
        ids = {id(ln) for ln in lines}
        kept = [ln for c in columns for ln in sorted(c, key=_TOP) if id(ln) in ids]
        seen = {id(ln) for ln in kept}
        return kept + sorted((ln for ln in lines if id(ln) not in seen), key=_TOP)
    rows: list[Line] = []
    for line in sorted(lines, key=_TOP):
        # (the rows found so far: a line on a baseline met a line or two before is that row's next piece)
        row = next((k for k in range(len(rows) - 1, max(-1, len(rows) - 3), -1)
                    if abs(rows[k].base - line.base) < 0.1 * size), None)
        if row is None:
            rows.append(line)
            continue
        a, b = sorted((rows[row], line), key=attrgetter("x0"))
        rows[row] = Line(a.pieces + b.pieces, a.x0, min(a.top, b.top), max(a.x1, b.x1), max(a.bottom, b.bottom),
                         a.base, a.size, a.bold and b.bold, [*a.tokens, ("t", " "), *b.tokens])
    return rows
