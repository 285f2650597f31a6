"""A text layer an OCR program laid over page images: found, and read as text where its geometry tells no notes.

OCR programs (Tesseract through ocrmypdf, the layers of digitised journals)
write their text invisible over the scanned page, each word on its line's
baseline at a size guessed from the line's height. The geometry reader reads
such a layer (`scanned` sees in the page image the raised calls the layer
glued to their words or lost); where the layer's sizes show no foot of
smaller lines, its lines, in reading order, are read as a text file's are
(the layout of plain text: notes by their labels at a page's foot, calls on
the line), pages parted by form feeds as `pdftotext` parts them.
"""

from __future__ import annotations

from ...patterns import compiled

try:
    import pypdfium2.raw as pdfium_c
except ImportError:  # (`extract` says what to install)
    pdfium_c = None

_FORM = 5  # FPDF_PAGEOBJ_FORM (a text object is told by its render mode)
_SAMPLE = 16  # text objects asked per page: an OCR layer draws all of its text so
_INVISIBLE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE


def invisible_text(objects: list, calls: dict) -> bool:
    """Whether a page's text is drawn invisible: nine in ten of its first text objects (an OCR layer's), those of
    the page or of the forms it draws (ocrmypdf sets its layer in a form)."""
    if pdfium_c is None:
        return False
    # a text object is told by its render mode, which PDFium answers -1 for any other object (`unseen`): the modes of
    # the text objects are gathered, and only the others are asked their type
    mode_of, kind_of = calls["mode"], calls["type"]
    modes, forms = [], []
    for obj in objects[:4 * _SAMPLE]:
        mode = mode_of(obj)
        if mode >= 0:
            modes.append(mode)
        elif kind_of(obj) == _FORM:
            forms.append(obj)
    for form in forms:
        if len(modes) >= _SAMPLE:
            break
        for k in range(min(calls["form_count"](form), 4 * _SAMPLE)):
            mode = mode_of(calls["form_object"](form, k))
            if mode >= 0:
                modes.append(mode)
    modes = modes[:_SAMPLE]
    if not modes:
        return False
    hidden = sum(mode == _INVISIBLE for mode in modes)
    return hidden >= 0.9 * len(modes)


def plain_text(roles: list) -> str:
    """The pages' lines as text: per page its running heads, its body in reading order and its notes, a blank
    line where a block ends (a step down larger than the lines' usual one), pages parted by form feeds.

    >>> from types import SimpleNamespace as Role
    >>> from histkit.read.pdf.lines import Line
    >>> def line(top, text): return Line([], 0, top, 100, top + 8, top + 8, 8, False, [("t", text)])
    >>> plain_text([Role(heads=[], body=[line(10, "Text.1"), line(20, "More.")], notes=[[line(60, "1Ibid.")]])])
    'Text.1\\nMore.\\n\\n1Ibid.\\n'
    """
    text = "\n\f".join(_page_text(role) for role in roles) + "\n"  # (as pdftotext: a page's lines, then \f)
    return first_label_mended(text)


def first_label_mended(text: str) -> str:
    r"""The text with a label `1.` or `1)` the OCR read as a letter, `l.`, `I)` (Tesseract's commonest slip on a
    typewriter's figure one), read as `1` where the next line opening with a number in that shape opens with `2`.

    >>> first_label_mended("Text.\n\nl. Ibid., p. 3.\nmore\n2. Ivi, b. 4.\n")
    'Text.\n\n1. Ibid., p. 3.\nmore\n2. Ivi, b. 4.\n'
    >>> first_label_mended("l. 3 of the page.\n4. Then\n")
    'l. 3 of the page.\n4. Then\n'
    """
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = _ONE_AS_LETTER.match(line)
        if m is None:
            continue
        numbered = (_NUMBERED.match(later) for later in lines[k + 1:])
        after = next((n for n in numbered if n is not None and n.group(2) == m.group(1)), None)
        if after is not None and after.group(1) == "2":
            lines[k] = "1" + line[1:]
    return "\n".join(lines)


_ONE_AS_LETTER = compiled(r"[lI|]([.)]) (?=\S)")
_NUMBERED = compiled(r"(\d{1,3})([.)]) (?=\S)")


def _page_text(role) -> str:
    parts = []
    for lines in (role.heads, role.body, [line for column in role.notes for line in column]):
        if not lines:
            continue
        steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top)
        step = steps[len(steps) // 2] if steps else 0.0
        block = [lines[0].text]
        for before, line in zip(lines, lines[1:]):
            if line.top > before.top + 1.5 * step or line.top < before.top:
                block.append("")
            block.append(line.text)
        parts.append("\n".join(block))
    return "\n\n".join(parts)
