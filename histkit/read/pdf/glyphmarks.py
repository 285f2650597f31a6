"""Note marks printed as superscript-digit glyphs in the text layer (`river;¹`), and the powers that are none (`m²`).

A font's superior figures mapped to Unicode are raised as drawn, at the
text's size: the text layer says they are marks. A ² or ³ after a unit that
follows a number (`60 m²`, `5 км³`) is its power, raised as a glyph or by the
page (`UNIT_BEFORE`). A circled number, one glyph for a number, is a mark as
Chinese and Japanese journals mark and label their notes (`①`).
"""

from __future__ import annotations

from ...patterns import compiled
from ...text import CIRCLED, NUMBER_GLYPHS

GLYPH_MARK = compiled(f"[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])|[{CIRCLED}]")
#: a unit after a number, at the end of the text before a ² or ³: the power is the unit's (`60 m`, `5 800 km`)
UNIT_BEFORE = compiled(r"\d[ \u00a0\u202f]?[^\W\d_]{1,2}$")
_GLYPH_DIGITS = NUMBER_GLYPHS


def glyph_marks(text: str, before: str = "") -> list[tuple[str, str]]:
    """A piece's text with its superscript-digit markers as marker tokens; ``before``, the text the line has before the
    piece, where a unit's number may stand (`5 800 ` before a piece `km²`).

    >>> glyph_marks("languages.¹² The area, 40 km², was")
    [('t', 'languages.'), ('m', '12'), ('t', ' The area, 40 km², was')]
    >>> glyph_marks("km² in die hart", "sowat 5 800 ")
    [('t', 'km² in die hart')]
    """
    tokens: list[tuple[str, str]] = []
    at = 0
    for match in GLYPH_MARK.finditer(text):
        if match.group() in "²³" and UNIT_BEFORE.search(before[-4:] + text[:match.start()]):
            continue
        if match.start() > at:
            tokens.append(("t", text[at:match.start()]))
        tokens.append(("m", match.group().translate(_GLYPH_DIGITS)))
        at = match.end()
    if at < len(text):
        tokens.append(("t", text[at:]))
    return tokens
