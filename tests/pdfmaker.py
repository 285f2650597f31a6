"""Small PDFs drawn at exact positions with reportlab, for the PDF reader's blind tests.

A test draws what a printed article has — body lines in 11 pt serif, raised
note markers, footnotes in 8.5 pt under a short rule, side notes in a margin
column, a running head and a folio in the top and bottom bands, two columns,
a scanned page (an image, no text layer) — and writes its expected tables by
hand from what it drew. Positions are in PDF points on an A4 page, measured
from the top left (as the reader's boxes are); ``y`` is a baseline.

A line is a string in which ``^N`` is the marker of note N, drawn smaller and
raised after the character before it:

>>> runs("Spaak in Belgrade.^1 The talks^12 began.")
[('Spaak in Belgrade.', False), ('1', True), (' The talks', False), ('12', True), (' began.', False)]

The fonts are DejaVu Serif and Sans, bundled with matplotlib, embedded so
that the text layer holds real Unicode (č, đ, Cyrillic).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

try:  # the PDF tests skip with a reason where reportlab is absent; this module must still import
    import matplotlib
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
except ImportError:  # pragma: no cover
    canvas = None

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT = 72.0, 523.0  # the body column of a one-column page
BODY_TOP = 96.0  # baseline of the first body line
BODY_SIZE, BODY_LEADING = 11.0, 14.0
NOTE_SIZE, NOTE_LEADING = 8.5, 10.5
NOTE_INDENT = 14.0  # a note's text starts this far right of its label; later lines too (hanging indent)
NOTE_BOTTOM = 770.0  # baseline of the last footnote line
SIDE_SIZE, SIDE_LEADING = 8.0, 10.0
MARKER_SIZE, MARKER_RISE = 6.5, 4.5  # a note marker: smaller, raised above the baseline
HEAD_Y, FOLIO_Y = 48.0, 806.0  # baselines of the running head and of the folio
HEAD_SIZE = 9.0

# `^(3)`, `^[3]`: a marker printed in parentheses or brackets; `^3)`: closed by a parenthesis only; `^4a`, `^2.3`:
# inserted (`^12bis` too), counted by chapter; `^*`, `^†`, `^**`: reference marks; `^a`, `^B`: a lettered note's call; `^iv`, `^IV`: a roman one
_MARK = re.compile(r"\^(\(\d+\)|\[\d+\]|\d+\)|\d+(?:bis|ter|[a-z]|\.\d+)?|[*†‡§‖¶]{1,2}|[ivxl]{1,6}(?![a-z])|[IVXL]{1,6}(?![a-z])|[a-zA-Z](?![a-z]))")
_FONTS = {"serif": "DejaVuSerif", "sans": "DejaVuSans", "bold": "DejaVuSerif-Bold"}


def runs(line: str) -> list[tuple[str, bool]]:
    """The runs of a line: (text, is_marker), a marker written ``^N`` in the line."""
    parts, at = [], 0
    for m in _MARK.finditer(line):
        if m.start() > at:
            parts.append((line[at:m.start()], False))
        parts.append((m.group(1), True))
        at = m.end()
    if at < len(line):
        parts.append((line[at:], False))
    return parts


def _register_fonts() -> None:
    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in _FONTS.values():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts / f"{name}.ttf")))


class Sheet:
    """A PDF being drawn page by page; `save` writes it.

    ``encrypt`` is passed to reportlab's canvas: a string is the user password
    (the file does not open without it); a `reportlab.lib.pdfencrypt.StandardEncryption`
    sets an owner password and permissions.
    """

    def __init__(self, path: str | Path, encrypt=None) -> None:
        if canvas is None:
            raise RuntimeError("drawing test PDFs needs reportlab (pip install reportlab)")
        _register_fonts()
        self.path = Path(path)
        self.canvas = canvas.Canvas(str(self.path), pagesize=(PAGE_W, PAGE_H), encrypt=encrypt, invariant=1)
        self.page = 1

    # -- drawing primitives (y from the top, a baseline) ---------------------------------------------------------

    def width(self, text: str, size: float, font: str = "serif") -> float:
        return pdfmetrics.stringWidth(text, _FONTS[font], size)

    def line(self, x: float, y: float, line: str, size: float = BODY_SIZE, font: str = "serif",
             limit: float = RIGHT, marker_size: float = MARKER_SIZE, marker_rise: float = MARKER_RISE) -> float:
        """Draw one line at baseline ``y``, its markers raised; return its right edge.

        Raises ValueError when the line runs past ``limit``: a fixture must look like the page it claims to be.
        """
        at = x
        for text, is_marker in runs(line):
            face, pt = _FONTS[font], marker_size if is_marker else size
            self.canvas.setFont(face, pt)
            self.canvas.drawString(at, PAGE_H - y + (marker_rise if is_marker else 0), text)
            at += pdfmetrics.stringWidth(text, face, pt)
        if at > limit + 0.5:
            raise ValueError(f"page {self.page}: {line!r} ends at x={at:.1f}, past {limit}")
        return at

    def lines(self, x: float, top: float, lines: list[str], size: float = BODY_SIZE, leading: float = BODY_LEADING,
              limit: float = RIGHT, font: str = "serif") -> float:
        """Draw lines one under the other from baseline ``top``; return the baseline after the last."""
        y = top
        for text in lines:
            self.line(x, y, text, size=size, font=font, limit=limit)
            y += leading
        return y

    def rule(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, PAGE_H - y, x1, PAGE_H - y)

    # -- page furniture and notes --------------------------------------------------------------------------------

    def body(self, lines: list[str], top: float = BODY_TOP, x: float = LEFT, limit: float = RIGHT) -> float:
        """Body lines in 11 pt serif from ``top``; return the baseline after the last."""
        return self.lines(x, top, lines, limit=limit)

    def note(self, x: float, y: float, label: str | None, lines: list[str], size: float = NOTE_SIZE,
             leading: float = NOTE_LEADING, limit: float = RIGHT, raised_label: bool = False) -> float:
        """One note: its label at ``x`` (none for a note continued from the page before), its lines after it.

        ``raised_label`` draws the label small and raised, as Word and LibreOffice print it.
        """
        if label is not None:
            if raised_label:
                self.line(x, y, f"^{label}", size=size, limit=limit, marker_size=5.5, marker_rise=3.0)
            else:
                self.line(x, y, label, size=size, limit=limit)
        return self.lines(x + NOTE_INDENT, y, lines, size=size, leading=leading, limit=limit)

    def footnotes(self, notes: list[tuple[str | None, list[str]]], bottom: float = NOTE_BOTTOM,
                  raised_labels: bool = False) -> float:
        """Footnotes at the page foot, ending at ``bottom``, under a short rule; return the rule's y."""
        n_lines = sum(len(lines) for _, lines in notes)
        y = bottom - (n_lines - 1) * NOTE_LEADING
        rule_y = y - NOTE_LEADING - 2
        self.rule(LEFT, LEFT + 144, rule_y)
        for label, lines in notes:
            y = self.note(LEFT, y, label, lines, raised_label=raised_labels)
        return rule_y

    def side_note(self, x: float, y: float, label: str, lines: list[str], width: float) -> float:
        """A side note in 8 pt from baseline ``y`` in a margin column ``width`` wide."""
        return self.note(x, y, label, lines, size=SIDE_SIZE, leading=SIDE_LEADING, limit=x + width)

    def running_head(self, text: str) -> None:
        self.canvas.setFont(_FONTS["sans"], HEAD_SIZE)
        self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - HEAD_Y, text)

    def folio(self, text: str) -> None:
        self.canvas.setFont(_FONTS["serif"], HEAD_SIZE)
        self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - FOLIO_Y, text)

    def scan(self) -> None:
        """A scanned page: a grey raster of a page of print (bars for lines), with no text layer."""
        from PIL import Image, ImageDraw

        image = Image.new("L", (298, 421), 250)
        draw = ImageDraw.Draw(image)
        for row in range(40, 330, 8):
            draw.rectangle((36, row, 262 - (row * 7) % 40, row + 3), fill=60)
        for row in range(360, 396, 6):
            draw.rectangle((36, row, 200, row + 2), fill=90)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        self.canvas.drawImage(ImageReader(buffer), 0, 0, PAGE_W, PAGE_H)

    def next_page(self) -> None:
        self.canvas.showPage()
        self.page += 1

    def save(self) -> Path:
        self.canvas.save()  # shows the page being drawn, if anything is on it
        return self.path


def notes_read(path: Path) -> list[tuple[str, str, str, str]]:
    """Per note of the PDF at ``path`` as histkit reads it: its key, its printed label, its text and the word its call
    follows (what the layout tests of rounds 9 and 11 compare with what they drew)."""
    from histkit import analyse_layout, read_document

    lay = analyse_layout(read_document(path))
    text = lay.doc.text
    return [(n.note_no, n.label, n.text, "" if n.marker_start is None else text[:n.marker_start].split()[-1])
            for n in lay.notes]
