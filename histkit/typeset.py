"""What typesetting did to a text, undone with each character's place kept: the passes the citations' reader of a
note (`citations.textlayer`) and the dates' reader of a paragraph (`dates.textlayer`) share.

A pass is a pattern and what to write for each match (`sub`); the text it returns comes with, for each character and
its end, the offset it stood at in the text as delivered, so that what a reader finds in the repaired text is given
back with the characters it stood in:

>>> text, where = sub(LINE_END, lambda m: "", "Sep- tember 1938", list(range(17)))
>>> text, text.index("1938"), where[text.index("1938")]
('September 1938', 10, 12)
"""

from __future__ import annotations

from .patterns import compiled

#: Ligatures a PDF's text layer keeps as single glyphs, and the letters they stand for.
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
LIGATURE = compiled("[" + "".join(LIGATURES) + "]")
#: A soft hyphen (which only marks where a word may break) and the line's end after it.
SOFT_HYPHEN = compiled("\u00ad[ \n]*")
#: A word's part, its hyphen, then the line's end (a space or a line break); group 1 the word's rest. Whether the
#: hyphen goes is the reader's call: a capital after it is a hyphenated name's (`SAPMO-⏎BArch`), a word for "and"
#: after it stands for the first word's ending (`Hof- und Staatsarchiv`).
LINE_END = compiled(r"(?<=[^\W\d_])-(?: +|[ ]*\n\s*)(?=([^\W\d_]+))")


def sub(pattern, replace, text: str, where: list[int]) -> tuple[str, list[int]]:
    """``text`` with each match of ``pattern`` replaced by ``replace(match)``, and the places ``where`` moved along.

    Each character written for a match stands where the match started; the text between matches keeps its places.
    ``pattern`` is a pattern, or a function giving the matches its `finditer` would. A replacement equal to its
    match changes nothing, and with no change the same ``text`` and ``where`` come back.

    >>> sub(LIGATURE, lambda m: LIGATURES[m.group()], "Oﬃce", [0, 1, 2, 3, 4])
    ('Office', [0, 1, 1, 1, 2, 3, 4])
    """
    out, places, last = [], [], 0
    for m in (pattern(text) if callable(pattern) else pattern.finditer(text)):
        new = replace(m)
        if new == m.group():
            continue
        out.append(text[last:m.start()]), places.extend(where[last:m.start()])
        out.append(new), places.extend([where[m.start()]] * len(new))
        last = m.end()
    if not out:
        return text, where
    out.append(text[last:]), places.extend(where[last:])
    return "".join(out), places
