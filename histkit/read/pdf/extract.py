"""What a PDF page draws as text, with its geometry: pieces of text with box, baseline, size and weight.

The library is **pypdfium2** (PDFium; Apache-2.0/BSD), chosen over
pdfplumber (pdfminer.six, MIT) on the 575 pages of ``../shared/corpus``
(``benchmarks/eval_pdf_libraries.py``, pages/s): characters with box and
font size, pypdfium2 151 (99 with the exact baseline origin and angle of
every character), pdfplumber 11 (``page.chars``; ``extract_words`` 10); text
objects as read here, pypdfium2 188. Both give text, box and size per
character (pdfplumber also the font name and an ``upright`` flag; PDFium the
matrix, hence rotation and the true size of text set at ``Tf 1`` and scaled,
and the font's weight and name), so both let a superscript be told by a
smaller size and a raised baseline. PyMuPDF was left out: its AGPL would bind
every user of histkit.

Reading is per *text object* (one text-showing operator: a line, or the run
of a line between changes of font or position): its text, bounds, matrix and
font size cost a handful of calls where characters would cost several calls
each; a raised marker or a change to italics is its own object, so nothing
the reader needs is lost. Objects inside form XObjects are reached through
their form's matrix. PDFium is called with no argument converted (`_calls`),
since pypdfium2's typed pointers, and even declared argument types, cost more
than the calls. What remains is PDFium's own work: loading each page and its
text page, and the objects' texts. ``FPDFTextObj_GetText`` scans the page's
characters for each object it is asked about; the texts are read instead
from the page's text, asked once, cut where a few characters asked for their
object say each object's run ends (`texts`: 1.0 s of scans on the corpus
become 0.3 s). Tried before that and dearer: a call per character (the
object's text as PDFium gives it needs each character's object and code
point, two calls of 0.36-0.7 µs for 1.88 million characters, more than the
scans cost). A text object PDFium's text page leaves out (narrower than
0.01 pt: 5,756 objects, 8 % of the characters scanned) is told by its bounds
(`_walk`). The numbers a call writes land in one block of floats read back by
one `struct` call, and text is decoded from the buffer in place. The whole
reader (this, lines, roles, notes, text) took about 2.0x the CPU time of
``pdftotext -layout`` on the corpus before the page's text was read in one
pass, of which PDFium's own work was 1.2x.

Where reading the corpus's 25 PDFs goes since (CPU s, warm, a loaded
machine): PDFium loading the pages 0.62 and their text pages 0.69, the
objects' texts from the page texts 0.30, the walk over the objects (four
calls per text object: bounds, matrix, size, font) 0.40, lines 0.29, roles,
notes and the text 0.45; the layout of the documents then 0.37.

Tried and not kept (measured on the corpus):
- the object of every character (``FPDFText_GetTextObject`` per character,
  0.36 µs a call undeclared): 0.68 s for 1.88 million characters, more than
  finding the runs' ends by doubling and halving (0.3 s, 8.5 calls a run);
- starting that search from the last run's length, or from 8 characters:
  5-7 % fewer calls (simulated on the corpus's character-to-object lists:
  638,000 -> 592,000-606,000), not worth the code; guessing a run ends at
  the next line break: right for a third of the runs (24,779 of 74,987);
  asking first the next space and then the line's end (a word drawn alone,
  a line drawn whole): 25 % fewer calls, but finding those places costs
  nearly as much (object_texts 0.310 -> 0.298 s);
- skipping text objects outside the page's box: none on the corpus (0 of
  80,770); objects whose text is blank: 45, objects PDFium drops: 4;
- each page's running heads gathered once in `page.running_heads` instead of
  once per head: no difference (0.054 s either way);
- `lines._tokens` told that `_split`'s pieces are already left to right
  instead of sorting them again: page_lines 0.340 -> 0.332 s, not worth a
  parameter.
"""

from __future__ import annotations

import ctypes
import struct
from codecs import utf_16_le_decode
from functools import partial

from ...errors import CorpusError
from .fontscale import true_sizes
from .garbled import garbled
from .glyphruns import glyph_runs
from .glyphnames import named_texts
from .ocrlayer import invisible_text
from .drawn import Page, Piece
from .rtl import mirrored, read_runs, right_to_left
from .texts import object_texts
from .unseen import unseen_objects
from .wordspaces import blank_spaces

try:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
except ImportError:  # histkit still imports; reading a PDF then says what to install
    pdfium = pdfium_c = None

EXTRACTOR = f"pypdfium2 {pdfium.version.PYPDFIUM_INFO}" if pdfium else "pypdfium2 (not installed)"

_TEXT, _PATH, _FORM = 1, 2, 5  # FPDF_PAGEOBJ_TEXT, _PATH, _FORM (text is mostly told by its text, `_walk`)
#: A text object narrower than this (points) has no text: PDFium's text page drops those under 0.01 (kSizeEpsilon)
_GLYPH_BY_GLYPH = 0.6  # a page whose text objects are this share or more of one character each draws glyph by glyph
_ZERO_WIDTH = 0.0099
_PASSWORD = 4  # FPDF_ERR_PASSWORD
# PDFium writes a hyphen it takes for a line-end hyphen as U+0002 (per object) or U+FFFE (per page)
_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-", "\r": " ", "\n": " ", "\x00": ""})


def open_pdf(path, data: bytes) -> pdfium.PdfDocument:
    """The PDF opened by PDFium, or `CorpusError` saying why it cannot be and what to do."""
    if pdfium is None:
        raise CorpusError(path, "reading a PDF needs pypdfium2, which is not installed: pip install pypdfium2")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == _PASSWORD:
            raise CorpusError(path, "is an encrypted PDF; remove the password (e.g. `qpdf --decrypt --password=... "
                                    "in.pdf out.pdf`) and load it again") from None
        raise CorpusError(path, "is a damaged or truncated PDF that cannot be opened; download or export it "
                                "again (or try to repair it, e.g. `qpdf in.pdf out.pdf`)") from None


def metadata(pdf: pdfium.PdfDocument) -> dict:
    """Title and author from the document information, where present."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return {}
    return {key.lower(): " ".join(info[key].split()) for key in ("Title", "Author") if info.get(key, "").strip()}


class _Handle(ctypes.c_void_p):
    """A PDFium handle as a call gives it back: ctypes leaves a subclass of ``c_void_p`` unconverted, so it goes into
    the next call as it is."""


def _calls() -> dict:
    """PDFium's functions as the reader calls them: with a result type only, so that ctypes converts no argument.

    pypdfium2's bindings take and give typed pointers; converting each handle
    and result cost more than the calls themselves (a third of a page's
    reading). The same functions at the same addresses are declared here
    without ``argtypes``: a handle comes back as a `_Handle` and is passed on
    unconverted, the reader's buffers are passed as ``c_void_p`` made once,
    counts and indices as ints (which ctypes passes as C ints without a
    lookup). Declared ``argtypes`` cost each argument a conversion: a call
    of two arguments took 0.56 µs declared against 0.36 µs undeclared.
    Fonts come back as ints, which a dict keys by value (`_Reader.bold`).
    """
    V = ctypes.c_void_p

    def again(fn, restype):
        clone = type(fn)(ctypes.cast(fn, V).value)  # the binding's own calling convention
        clone.restype, clone.argtypes = restype, None
        return clone

    c, H, F = pdfium_c, _Handle, ctypes.c_int
    return {
        "count": again(c.FPDFPage_CountObjects, F), "object": again(c.FPDFPage_GetObject, H),
        "type": again(c.FPDFPageObj_GetType, F), "text": again(c.FPDFTextObj_GetText, ctypes.c_ulong),
        "bounds": again(c.FPDFPageObj_GetBounds, F), "matrix": again(c.FPDFPageObj_GetMatrix, F),
        "size": again(c.FPDFTextObj_GetFontSize, F), "font": again(c.FPDFTextObj_GetFont, V),
        "mode": again(c.FPDFTextObj_GetTextRenderMode, F),
        "font_name": again(c.FPDFFont_GetBaseFontName, ctypes.c_size_t), "weight": again(c.FPDFFont_GetWeight, F),
        "form_count": again(c.FPDFFormObj_CountObjects, F), "form_object": again(c.FPDFFormObj_GetObject, H),
        # pages and text pages loaded and closed by hand: pypdfium2's page objects (a finalizer and a weak
        # reference each, kept as the document's children) cost more than PDFium's calls around its own work
        "load_page": again(c.FPDF_LoadPage, H), "close_page": again(c.FPDF_ClosePage, None),
        "load_text": again(c.FPDFText_LoadPage, H), "close_text": again(c.FPDFText_ClosePage, None),
        "mediabox": again(c.FPDFPage_GetMediaBox, F),
        # the page's text and which object each character is of (`texts`)
        "chars": again(c.FPDFText_CountChars, F), "page_text": again(c.FPDFText_GetText, F),
        "unicode": again(c.FPDFText_GetUnicode, ctypes.c_uint), "loose_box": again(c.FPDFText_GetLooseCharBox, F),
        "generated": again(c.FPDFText_IsGenerated, F), "char_box": again(c.FPDFText_GetCharBox, F),
        **({"char_object": again(c.FPDFText_GetTextObject, V)} if hasattr(c, "FPDFText_GetTextObject") else {}),
    }


_CALLS = _calls() if pdfium_c else {}
_ELEVEN_FLOATS = struct.Struct("@11f")  # the reader's block of C floats, as Python floats
_FOUR_FLOATS = struct.Struct("@4f")  # its first four: an object's bounds
_SEVEN_FLOATS = struct.Struct("@7f")  # its last seven: a text object's size and matrix


class _Reader:
    """Calls into PDFium with buffers made once, not per object; objects are passed as the handles the calls gave."""

    def __init__(self) -> None:
        # one block of floats for every number a call writes: bounds (left, bottom, right, top), the
        # font size, the matrix (FS_MATRIX is six floats a..f), read back in one slice
        self.numbers = (ctypes.c_float * 11)()
        self.unpack = partial(_ELEVEN_FLOATS.unpack_from, memoryview(self.numbers).cast("B"))  # faster than a slice
        self.unpack_box = partial(_FOUR_FLOATS.unpack_from, memoryview(self.numbers).cast("B"))  # the bounds alone
        # the size and the matrix alone (the seven floats after the bounds)
        self.unpack_size_matrix = partial(_SEVEN_FLOATS.unpack_from, memoryview(self.numbers).cast("B"), 16)
        base, step = ctypes.addressof(self.numbers), ctypes.sizeof(ctypes.c_float)
        at = ctypes.c_void_p  # addresses as ctypes passes them to a call without argtypes (`_calls`)
        self.corners = tuple(at(base + k * step) for k in range(4))
        self.size_at = at(base + 4 * step)
        self.matrix_at = at(base + 5 * step)
        self.buffer = (ctypes.c_ushort * 4096)()
        self.buffer_at, self.buffer_size = at(ctypes.addressof(self.buffer)), ctypes.sizeof(self.buffer)
        self.view = memoryview(self.buffer).cast("B")  # the buffer's bytes, decoded without a copy
        self.page_buffer = (ctypes.c_ushort * 32768)()  # a page's text (`texts.object_texts`)
        self.fonts: dict[int, bool] = {}
        self.piece_fonts: list[int] = []  # the font of every piece read, in order (`fontscale`)
        self.glyphs: dict[int, float] = {}  # the page's pieces placed by their glyph's advance, and their ink's right
        self.blanks: list[list] = []  # the page's blank glyphs: the piece before, x, y, form, the next piece's x
        self.calls = _CALLS

    def bounds(self, obj) -> tuple[float, float, float, float]:
        self.calls["bounds"](obj, *self.corners)
        return self.unpack()[:4]

    def mediabox(self, page) -> tuple[float, float, float, float]:
        """The page's MediaBox (left, bottom, right, top), or US Letter where it has none (as pypdfium2 falls back)."""
        if not self.calls["mediabox"](page, *self.corners):
            return (0, 0, 612, 792)
        return self.unpack()[:4]

    def matrix_of(self, obj) -> tuple[float, ...]:
        self.calls["matrix"](obj, self.matrix_at)
        return self.unpack()[5:]

    def text(self, obj, textpage) -> str:
        # the count returned is of bytes, the terminating NUL included
        n = self.calls["text"](obj, textpage, self.buffer_at, self.buffer_size)
        if n > self.buffer_size:
            buffer = (ctypes.c_ushort * (n // 2))()
            n = self.calls["text"](obj, textpage, buffer, ctypes.sizeof(buffer))
            return utf_16_le_decode(memoryview(buffer).cast("B")[:n - 2], "replace")[0] if n > 2 else ""
        # the codec called directly: `bytes.decode` looks the codec up by name on every call
        return utf_16_le_decode(self.view[:n - 2], "replace")[0] if n > 2 else ""

    def bold(self, obj) -> bool:
        """Whether the object's font is bold: by its weight, or by its name (fonts often state 400 for any)."""
        font = self.calls["font"](obj)
        if not font:
            return False
        known = self.fonts.get(font)
        if known is None:
            name, handle = ctypes.create_string_buffer(256), ctypes.c_void_p(font)
            self.calls["font_name"](handle, name, 256)
            base = name.value.decode("latin-1", "replace").lower()
            known = self.fonts[font] = self.calls["weight"](handle) >= 600 or any(
                w in base for w in ("bold", "black", "heavy", "semibold"))
        return known


def _times(m, n):
    """The matrix product ``m`` then ``n`` (PDF order: a point is moved by m first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _box(bounds, m):
    """The page box of ``bounds`` (x0, y0, x1, y1) drawn in a form with matrix ``m``."""
    x0, y0, x1, y1 = bounds
    xs, ys = [], []
    for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
        xs.append(m[0] * x + m[2] * y + m[4])
        ys.append(m[1] * x + m[3] * y + m[5])
    return min(xs), min(ys), max(xs), max(ys)


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def read_pages(pdf: pdfium.PdfDocument, glyph_names=None) -> list[Page]:
    """Every page's pieces and rules; a page PDFium cannot load counts as a page without text.

    ``glyph_names``, if given, is asked for the tables of a page whose text comes out garbled (`glyphnames`: fonts
    that name their glyphs by character code), and the page is read again with them where they mend it.
    """
    reader, pages, fonts = _Reader(), [], []
    for i in range(len(pdf)):
        start = len(reader.piece_fonts)
        try:
            pages.append(read_page(pdf, i, reader))
            if glyph_names is not None and garbled([p.text for p in pages[-1].pieces]) and "char_object" in _CALLS:
                tables = glyph_names(i)
                if tables:
                    del reader.piece_fonts[start:]
                    pages[-1] = read_page(pdf, i, reader, tables)
        except pdfium.PdfiumError:
            pages.append(Page(i + 1, 0.0, 0.0))
        kinds = reader.piece_fonts[start:]
        fonts.append(kinds if len(kinds) == len(pages[-1].pieces) else None)  # (a page read anew: right to left)
    true_sizes(pages, fonts)
    return pages


def read_page(pdf: pdfium.PdfDocument, index: int, reader: _Reader | None = None,
              glyph_names: dict[str, dict[int, str]] | None = None) -> Page:
    """The text pieces and rules of page ``index`` (0-based); ``glyph_names``: `glyphnames.named_texts`' tables."""
    reader = reader or _Reader()
    calls = reader.calls
    page = calls["load_page"](pdf.raw, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        # user space, unrotated (the text is upright in it): origin at the media box's top left
        left, bottom, right, top = reader.mediabox(page)
        out = Page(index + 1, right - left, top - bottom)
        textpage = calls["load_text"](page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            get = calls["object"]
            objects = [get(page, k) for k in range(calls["count"](page))]
            # what no reader sees is no text: white, invisible, clipped away, under an image
            hidden = unseen_objects(objects, out.width * out.height, pdf.raw, page)
            if hidden:
                objects = [obj for obj in objects if obj.value not in hidden]
            singles: dict[int, int] = {}
            known = named_texts(calls, textpage, glyph_names) if glyph_names else object_texts(
                calls, textpage, reader.page_buffer, singles)
            # a page that draws its glyphs one by one (TCPDF): each one's width is its advance, not its ink, or the
            # ink's gaps beside a narrow glyph (`1`, `l`) read as word spaces (`201 5`)
            loose = singles if known and len(singles) > _GLYPH_BY_GLYPH * len(known) else {}
            reader.blanks = []
            _walk(objects, _IDENTITY, reader, textpage, {} if known is None else known, out, (left, top), loose)
            blank_spaces(out.pieces, reader.blanks, (left, top))
            if loose:
                out.pieces = glyph_runs(out.pieces, reader.glyphs)
                reader.glyphs = {}
            for piece in out.pieces:
                if "``" in piece.text or "''" in piece.text:
                    piece.text = tex_quotes(piece.text)
            out.invisible = bool(out.pieces) and invisible_text(objects, calls)
            if right_to_left([p.text for p in out.pieces]):
                out.pieces, out.rules = mirrored(read_runs(out.pieces, textpage, top, left), out.rules, out.width)
                out.mirrored = True
        finally:
            calls["close_text"](textpage)
    finally:
        calls["close_page"](page)
    return out


def tex_quotes(text: str) -> str:
    """TeX's quotes as some fonts map them (Kluwer's), typographic: ``Title'' is “Title” (a piece's, or a line's where
    the quotes are drawn apart).

    >>> tex_quotes("Helm, ``The European Framework'' 2014")
    'Helm, “The European Framework” 2014'
    """
    return text.replace("``", "“").replace("''", "”")


def _walk(objects: list[_Handle], form: tuple, reader: _Reader, textpage: _Handle, known: dict[int, str], out: Page,
          origin: tuple[float, float], loose: dict[int, int] | None = None) -> None:
    """Text pieces and rules of ``objects`` in drawing order; a form's objects where the form stands.

    ``known`` are the texts of the page's text objects read from the page's text (`texts.object_texts`); an object
    not in it is asked for its text.
    """
    left, height = origin
    calls, unpack_box, (left_at, bottom_at, right_at, top_at) = reader.calls, reader.unpack_box, reader.corners
    unpack_size_matrix = reader.unpack_size_matrix
    kind_of, get_bounds, get_matrix, get_size = calls["type"], calls["bounds"], calls["matrix"], calls["size"]
    get_text, font_of, fonts, blanks = calls["text"], calls["font"], reader.fonts, reader.blanks
    buffer_at, buffer_size, view = reader.buffer_at, reader.buffer_size, reader.view
    size_at, matrix_at, pieces, known_text = reader.size_at, reader.matrix_at, out.pieces, known.get
    for obj in objects:
        # the bounds are asked first: PDFium's text page leaves out a text object narrower than a hundredth of a
        # point (a zero-width run, a tenth of a page's text objects on the corpus), and its text, asked of that
        # page, costs a scan of every character of the page to answer nothing; so such an object is asked only
        # its type (`_ZERO_WIDTH` stays below PDFium's bound, so the two never disagree)
        get_bounds(obj, left_at, bottom_at, right_at, top_at)
        x0, y0, x1, y1 = unpack_box()
        if -_ZERO_WIDTH < x1 - x0 < _ZERO_WIDTH and kind_of(obj) == _TEXT:
            if pieces and -_ZERO_WIDTH < y1 - y0 < _ZERO_WIDTH:  # a blank glyph: a space drawn alone (`wordspaces`)
                blanks.append([len(pieces) - 1, x0, y0, form, None])  # (placed on the page when asked)
            continue  # no text
        text = known_text(obj.value)
        if text is None:
            # the text is asked next: PDFium answers 0 bytes for any object but text (whose answer holds at least
            # its NUL), which spares the type's call for the objects that are most of a page (`_Reader.text`, inline)
            n = get_text(obj, textpage, buffer_at, buffer_size)
            if not n:
                _other(obj, form, reader, textpage, known, out, origin, (x0, y0, x1, y1), loose)
                continue
            if n <= 2:
                continue  # no text
            text = utf_16_le_decode(view[:n - 2], "replace")[0] if n <= buffer_size else reader.text(obj, textpage)
        # what `_HYPHENS` translates is none of it printable: most objects are, and need no translation
        if not text.isprintable():
            text = text.translate(_HYPHENS)
        if "\u2010" in text:  # the hyphen of Unicode's own (Pango, hence WeasyPrint, breaks words with it): as `-`
            text = text.replace("\u2010", "-")
        if not text.strip():
            continue
        get_matrix(obj, matrix_at)
        get_size(obj, size_at)
        size, a, b, c, d, e, f = unpack_size_matrix()
        if size < 0:  # a negative font size turns the glyphs half round, as a matrix turned half round does: TCPDF
            size, a, b, c, d = -size, -a, -b, -c, -d  # writes both (the two cancel: the text stands upright)
        if form is not _IDENTITY:
            x0, y0, x1, y1 = _box((x0, y0, x1, y1), form)
            a, b, c, d, e, f = _times((a, b, c, d, e, f), form)
        scale = (c * c + d * d) ** 0.5
        if loose and obj.value in loose and calls["loose_box"](textpage, loose[obj.value], left_at):
            reader.glyphs[len(pieces)] = x1 - left  # (its ink's right edge)
            x0, _, x1, _ = unpack_box()  # (FS_RECTF, on the page: left, top, right, bottom): the glyph's advance
        # (a word turned by a degree or two is a line's: an OCR layer sets each word along its scanned line's slope)
        upright = abs(b) < 0.05 * abs(a) + 1e-9 and a > 0 and d > 0
        turn = 0 if upright or abs(a) > 0.05 * abs(b) else 1 if b > 0 else -1  # (a wide table set across the page)
        if not upright and a < 0 and d < 0 and abs(b) < 0.05 * -a:  # (a page stored upside down: `turned` reads it)
            turn = 2
        font = font_of(obj)
        bold = fonts.get(font) if font else False
        if bold is None:
            bold = reader.bold(obj)
        if blanks and blanks[-1][0] == len(pieces) - 1:  # the word after a blank: where it starts
            blanks[-1][4] = e
        pieces.append(Piece(text, x0 - left, height - y1, x1 - left, height - y0,
                            height - f if upright or turn == 2 else height - y0, size * scale, bold, upright, turn, e - left))
        reader.piece_fonts.append(font)


def _other(obj: _Handle, form: tuple, reader: _Reader, textpage: _Handle, known: dict[int, str], out: Page,
           origin: tuple[float, float], bounds: tuple[float, float, float, float],
           loose: dict[int, int] | None = None) -> None:
    """An object without text: a form's objects walked where it stands, a thin wide path kept as a rule."""
    kind = reader.calls["type"](obj)
    if kind == _FORM:
        calls = reader.calls
        inner = _times(reader.matrix_of(obj), form)
        children = [calls["form_object"](obj, k) for k in range(calls["form_count"](obj))]
        _walk(children, inner, reader, textpage, known, out, origin, loose)
    elif kind == _PATH:
        x0, y0, x1, y1 = bounds if form is _IDENTITY else _box(bounds, form)
        if y1 - y0 < 2.5 and x1 - x0 > 20:
            left, height = origin
            out.rules.append((x0 - left, x1 - left, height - (y1 + y0) / 2))
