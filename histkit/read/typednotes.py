"""Notes typed by hand in a Word file: raised numbers in the text, a numbered list of the notes at its end.

Some authors do not use Word's notes: they type each call as a digit set
superscript (``maradt.¹``) and the notes as paragraphs under a heading
(`Notes`, `Jegyzetek`) at the end, each opening with its number (``1.`` and a
tab or a space). The file then has no footnotes part, and its notes would be
read as body text with stray digits. They are notes only when the shape holds
as a whole, so that an ordinary numbered list never becomes notes:

- a paragraph whose whole text is a notes heading (the words are in
  ``histkit/data/read/notes_headings.csv``, a list a user can extend),
- after it, paragraphs numbered 1, 2 … N in order, by typed numbers or as
  the items of a list Word numbers itself (its AutoFormat turns a typed
  ``1.`` and tab into one); a paragraph without a number continues the note
  before it, and the list ends at the next heading,
- and before it, raised runs of digits that read exactly 1, 2 … N in order.

Where no raised runs read so, the calls may be typed as Unicode's
superscript digits (``mestám.¹``, ``1767²``), the list numbered ``¹ …`` or
``1. …``: they read 1 … N in order too, a ² or ³ after a unit that follows
a number (``60 m²``) being the unit's power, not a call. They stay
as typed in the text.

>>> paragraphs = [("body", ["Tito met Spaak.", Raised("1"), " Then he left.", Raised("2")]),
...               ("heading", ["Notes"]), ("body", ["1.", " ", "AJ, 507."]), ("body", ["2. Ibid."])]
>>> paras, notes = typed_notes(paragraphs)
>>> paras[0].pieces, [(n.label, n.text) for n in notes]
(['Tito met Spaak.', Call(label='1', marker=None), ' Then he left.', Call(label='2', marker=None)], [('1', 'AJ, 507.'), ('2', 'Ibid.')])
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import word_column
from .xmltext import Call, NoteText, Paragraph, local, squeeze
from ..patterns import compiled

# Unicode's superscript digits, typed in place of a raised run (``mestám.¹``), and what each means
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGIT_OF = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUPERSCRIPT_RUN = compiled(f"[{_SUPERSCRIPTS}]+")
# a unit after a number (``60 m``, ``5 km``): a ² or ³ after it is the unit's power (``m²``), not a call
_UNIT = compiled(r"\d\s?[^\W\d_]{1,3}$")
# a typed note number (``1.``, ``1)``, ``[1]``), then a tab or space before the note's words; or a typed superscript
_LABEL = compiled(rf"\[?(\d{{1,4}})[.)\]]?\s+(\S.*)|([{_SUPERSCRIPTS}]{{1,4}})\s*(\S.*)", re.S)


class Raised(str):
    """Text of a run set superscript (`w:vertAlign`), still read as text wherever it is not a call."""

    __slots__ = ()


@lru_cache(maxsize=1)
def notes_headings() -> frozenset[str]:
    """The headings over a list of notes, lower-cased (``notes``, ``jegyzetek``, …).

    >>> "jegyzetek" in notes_headings()
    True
    """
    return frozenset(w.casefold() for w in word_column("read", "notes_headings.csv", "heading"))


def raised_styles(styles) -> frozenset[str]:
    """The character styles that set their text superscript, directly or through the styles they are based on."""
    if styles is None:
        return frozenset()
    info = {}
    for style in styles:
        if local(style.tag) != "style" or _attr(style, "type") != "character":
            continue
        props = {local(c.tag): c for c in style}
        based = _attr(props["basedOn"], "val") if "basedOn" in props else ""
        info[_attr(style, "styleId")] = (_superscript(props.get("rPr")), based)
    out = set()
    for style_id in info:
        at, seen = style_id, set()
        while at in info and at not in seen:
            seen.add(at)
            found, at = info[at]
            if found is not None:
                if found:
                    out.add(style_id)
                break
    return frozenset(out)


def raised(run, styles: frozenset[str]) -> bool:
    """Whether a run (`w:r`) is set superscript, by its own properties or by its character style."""
    props = next((c for c in run if local(c.tag) == "rPr"), None)
    if props is None:
        return False
    own = _superscript(props)
    if own is not None:
        return own
    return any(local(c.tag) == "rStyle" and _attr(c, "val") in styles for c in props)


def _superscript(props) -> bool | None:
    """What run properties say of superscript: True, False (set to the baseline), or None (nothing)."""
    if props is None:
        return None
    align = next((_attr(c, "val") for c in props if local(c.tag) == "vertAlign"), None)
    return None if align is None else align == "superscript"


def _attr(element, name: str) -> str:
    return next((v for k, v in element.attrib.items() if local(k) == name), "")


def listed(paragraph) -> bool:
    """Whether a paragraph (`w:p`) is an item of a list Word numbers (`w:numPr` with a list, not ``numId`` 0)."""
    props = next((c for c in paragraph if local(c.tag) == "pPr"), None)
    numbered = next((c for c in props if local(c.tag) == "numPr"), None) if props is not None else None
    ids = [_attr(c, "val") for c in numbered if local(c.tag) == "numId"] if numbered is not None else []
    return bool(ids) and ids[0] not in ("", "0")


def typed_notes(paragraphs: list[tuple[str, list]], items: list[bool] | None = None
                ) -> tuple[list[Paragraph], list[NoteText]] | None:
    """The paragraphs with their raised numbers as calls, and the typed notes; None when the shape does not hold.

    ``items`` says of each paragraph whether it is an item of a list Word numbers (`listed`).
    """
    texts = [squeeze(_text(pieces)) for _, pieces in paragraphs]
    items = items or [False] * len(paragraphs)
    heads = [k for k, text in enumerate(texts) if text.rstrip(":.").casefold() in notes_headings()]
    if not heads:
        return None
    head = heads[-1]
    end = next((k for k in range(head + 1, len(paragraphs)) if paragraphs[k][0] == "heading"), len(paragraphs))
    notes: list[list[str]] = []
    for text, item in zip(texts[head + 1:end], items[head + 1:end]):
        label = _LABEL.fullmatch(text)
        number = int((label.group(1) or label.group(3)).translate(_DIGIT_OF)) if label else None
        if item and text:
            notes.append([text])  # Word prints its number, the next in the list
        elif label and number == len(notes) + 1:
            notes.append([label.group(2) or label.group(4)])
        elif notes and text:
            notes[-1].append(text)  # a note's next paragraph (a number out of turn is its text)
        elif text:
            return None  # words before note 1: not a list of notes
    if not notes:
        return None
    # the calls are raised runs of digits; a file with none may have typed them as superscript characters
    for typed in (False, True):
        called = [_calls(pieces, typed) for _, pieces in paragraphs[:head]]
        if [n for found in called for n, _ in found if n is not None] == list(range(1, len(notes) + 1)):
            break
    else:
        return None
    # a typed superscript stays as written (``1767²`` keeps its year apart from the call)
    out = [Paragraph(zone, [Call(str(n), None if piece == str(n) else piece) if n is not None else piece
                            for n, piece in found])
           for (zone, _), found in zip(paragraphs, called)]
    out += [Paragraph(zone, pieces) for zone, pieces in [paragraphs[head], *paragraphs[end:]]]  # the heading stays
    return out, [NoteText(str(k), squeeze(" ".join(parts))) for k, parts in enumerate(notes, 1)]


def _text(pieces: list) -> str:
    """A paragraph's text; a raised number opening it (a note's label typed raised) is kept apart from its words."""
    strings = [p for p in pieces if isinstance(p, str)]
    first = next((k for k, p in enumerate(strings) if p.strip()), None)
    if first is not None and isinstance(strings[first], Raised) and strings[first].strip().isdigit():
        strings[first] += " "
    return "".join(strings)


def _calls(pieces: list, typed: bool = False) -> list[tuple[int | None, object]]:
    """The pieces, each run of raised pieces reading a number as (number, its text), the others as (None, piece).

    With ``typed``, a run of superscript digits typed in the text (``¹²``)
    reads a number too; a ² or ³ after a unit that follows a number
    (``60 m²``) is the unit's power.
    """
    out: list[tuple[int | None, object]] = []
    run: list[str] = []
    before = ""  # the paragraph's text so far, for the unit a superscript may follow

    def close() -> None:
        digits = "".join(run).strip()
        if digits.isascii() and digits.isdigit():
            text = "".join(run)
            space = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]  # kept around the call
            out.extend(piece for piece in ((None, space[0]), (int(digits), digits), (None, space[1])) if piece[1])
        else:
            out.extend((None, p) for p in run)
        run.clear()

    for piece in pieces:
        if isinstance(piece, Raised):
            run.append(piece)
            continue
        if run:
            close()
        if typed and isinstance(piece, str):
            out.extend(_typed(piece, before))
        else:
            out.append((None, piece))
        before += piece if isinstance(piece, str) else ""
    if run:
        close()
    return out


def _typed(text: str, before: str) -> list[tuple[int | None, str]]:
    """A string's superscript numbers as (number, its digits), its other text as (None, text); not a unit's power."""
    out: list[tuple[int | None, str]] = []
    at = 0
    for found in _SUPERSCRIPT_RUN.finditer(text):
        if found.group() in ("²", "³") and _UNIT.search((before + text[:found.start()])[-8:]):
            continue
        out += [(None, text[at:found.start()]), (int(found.group().translate(_DIGIT_OF)), found.group())]
        at = found.end()
    out.append((None, text[at:]))
    return [(n, piece) for n, piece in out if piece]
