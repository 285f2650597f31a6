"""Raised figures of the body that are no note calls: a unit's power, a power of ten, a figure glued before a word.

A call is glued to the word before it and parted from the word after it by a
space or punctuation. A raised figure the body sets otherwise is the text's:

- the power of a unit after a number and a space (`52 000 m²`, `5 km³`), as
  `glyphmarks` reads a ² or ³ glyph, here raised by the page (not an ordinal's
  glued letters: `the 21st²` is a call);
- a power of ten (`0.4 × 10⁶`, `about 10⁵ m²`): a raised figure right after
  a lone `10` (not a cited `Art. 10`, `p. 10`, whose number a call may follow);
- a figure glued to the word after it and standing after a space or at the
  line's start (`¹⁴C`, an isotope's mass number; `²1934`, an edition).

`as_text` writes them as text tokens of their line, so that no note is called
by them (`build.write_lines` makes every raised number a note's label names a
call). Only body lines are read so: a note's raised label opens its line glued
to its first word.
"""

from __future__ import annotations

from .lines import Line
from ...patterns import compiled

# a lone `10` before a raised figure: at the line's start, after `×`, `·` or a bracket, or after a word space that
# follows no full stop (`Art. 10`, `p. 10`: a cited number a call may follow)
_TEN_BEFORE = compiled(r"(?:^|[×·(]\s?|(?<=[^.\s])\s)10$")
# a unit after a number and a word space (`52 000 m`, `5 km`): no ordinal's letters, which are glued (`21st`, `2e`)
_UNIT_BEFORE = compiled(r"\d[ \u00a0\u202f][^\W\d_]{1,2}$")
_GLUED_AFTER = compiled(r"[0-9A-Za-z\u00c0-\u024f]")  # a Latin letter or a figure, no space between


def as_text(bodies: list[list[Line]]) -> None:
    """Write the raised figures of the body lines that are no calls as text (in place).

    >>> def line(*tokens): return Line([], 0, 0, 100, 10, 10, 10, False, list(tokens))
    >>> lines = [line(("t", "covered 52 000 m"), ("m", "2"), ("t", "."), ("m", "3"), ("t", " By 1860")),
    ...          line(("t", "some 0.4 × 10"), ("m", "6"), ("t", " tons")), line(("m", "14"), ("t", "C dates")),
    ...          line(("t", "Art. 10"), ("m", "6"), ("t", " of the law"))]
    >>> as_text([lines])
    >>> [ln.tokens for ln in lines]
    [[('t', 'covered 52 000 m2.'), ('m', '3'), ('t', ' By 1860')], [('t', 'some 0.4 × 106 tons')], [('t', '14C dates')], [('t', 'Art. 10'), ('m', '6'), ('t', ' of the law')]]
    """
    for page in bodies:
        for line in page:
            if any(kind == "m" and text.isdigit() for kind, text in line.tokens):
                line.tokens = _tokens(line.tokens)


def _tokens(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    before = ""  # the line's text so far, raised figures and all (`10⁵ m²`: the unit's number is 10⁵)
    for k, (kind, text) in enumerate(tokens):
        after = tokens[k + 1][1] if k + 1 < len(tokens) and tokens[k + 1][0] == "t" else ""
        if kind == "m" and text.isdigit() and _not_a_call(text, before, after):
            kind = "t"
        if kind == "t" and out and out[-1][0] == "t":
            out[-1] = ("t", out[-1][1] + text)
        else:
            out.append((kind, text))
        before += text
    return out


def _not_a_call(number: str, before: str, after: str) -> bool:
    if number in ("2", "3") and _UNIT_BEFORE.search(before[-6:]):
        return True
    if _TEN_BEFORE.search(before[-4:]):
        return True
    return (not before or before[-1:].isspace()) and _GLUED_AFTER.match(after) is not None
