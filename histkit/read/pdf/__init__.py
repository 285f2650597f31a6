"""Read a PDF by its page geometry: body text by column, headings, running heads, footnotes, side notes, markers.

`read_pdf` opens the file with pypdfium2 (`extract`), builds each page's
lines (`lines`), finds what each line is from its size and place (`page`),
joins the note lines into notes across columns and pages (`notes`) and
writes the reading-order text with its regions and note marks (`build`).
A PDF that cannot be read raises `CorpusError` saying what to do; pages
without text are reported as problems and the rest is read.
"""

from __future__ import annotations

from pathlib import Path

from ...collector import old_objects_frozen
from ...errors import CorpusError, Problem
from ..formats import Parsed
from ..structure import TextBuilder
from .backlinks import without_backlinks
from .build import paragraphs, write_page
from .calls import bracket_calls, glued_calls, symbol_calls
from .endnotes import move_endnotes
from .piecenotes import move_piece_notes
from .extract import EXTRACTOR, Page, metadata, open_pdf, read_pages
from .linenumbers import without_line_numbers
from .margincount import without_counted_lines
from .lonenotes import notes_back
from .lines import Line, numbered, page_lines
from .lettered import lettered_apart
from .listrunon import run_on_lists
from .noncalls import as_text
from .notes import assemble
from .feet import folio_feet
from .folios import folios_apart
from .garbled import garbled
from .glyphnames import NumberedGlyphs
from .page import BAND, assign_roles, body_size, running_heads
from .passages import notes_under_passages, run_over_heads
from .ocrlayer import plain_text
from .scanned import number_marks, page_ink, raised_apart
from .rtl import unmirrored
from .standardaccents import mended, misread_accents
from .strays import stray_order
from .subscripts import with_subscripts
from .turned import upright_view
from .twoup import single_pages
from .symbols import number_symbol_notes
from .prefacenotes import preface_notes

__all__ = ["read_pdf", "page_ranges"]


def page_ranges(numbers: list[int]) -> str:
    """Page numbers as ranges, the way a reader says them.

    >>> page_ranges([1, 2, 3, 5, 7, 8])
    '1–3, 5, 7–8'
    """
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def _pages(path: Path, data: bytes) -> tuple[list[Page], dict]:
    pdf = open_pdf(path, data)
    try:
        pages = [upright_view(page) for page in read_pages(pdf, NumberedGlyphs(data))]  # (a wide table set across)
        for page in pages:
            if page.invisible:  # a scan's OCR layer: the raised calls it lost are seen in the page's image
                page.pieces = raised_apart(page.pieces, page_ink(pdf, page.number - 1))
        return pages, metadata(pdf)
    finally:
        pdf.close()


@old_objects_frozen  # (a file's pieces and lines are many small objects: the collector walks only those)
def read_pdf(path: Path, data: bytes) -> Parsed:
    """The reading-order text of a PDF with its zoned regions (page, box) and note marks.

    >>> import io
    >>> from reportlab.pdfgen.canvas import Canvas
    >>> out = io.BytesIO()
    >>> canvas = Canvas(out, pagesize=(300, 200))
    >>> canvas.setFont("Times-Roman", 12); canvas.drawString(40, 150, "Tito met Spaak.")
    >>> end = 40 + canvas.stringWidth("Tito met Spaak.", "Times-Roman", 12)
    >>> canvas.setFont("Times-Roman", 7); canvas.drawString(end, 155, "1")
    >>> canvas.setFont("Times-Roman", 9); canvas.drawString(40, 40, "1 AJ, 507, 12.")
    >>> canvas.save()
    >>> parsed = read_pdf(Path("t.pdf"), out.getvalue())
    >>> parsed.text
    'Tito met Spaak.1\\n\\n1 AJ, 507, 12.\\n'
    >>> [(r.zone, r.note_no, r.page) for r in parsed.regions], parsed.marks
    ([('body', None, 1), ('note', '1', 1)], (NoteMark(note_no='1', start=15, end=16),))
    """
    pages, meta = _pages(path, data)
    if not pages:
        raise CorpusError(path, "is a PDF without pages; export it again")
    empty = [p.number for p in pages if not p.pieces]
    if len(empty) == len(pages):
        raise CorpusError(path, f"no text on page{'s' if len(empty) > 1 else ''} {page_ranges(empty)}: a scan; "
                                "add a text layer first, e.g. `ocrmypdf in.pdf out.pdf` (or `histkit tables --ocr`)")
    problems = []
    if empty:
        where = page_ranges(empty)
        problems.append(Problem("", "read", f"no text on page{'s' if len(empty) > 1 else ''} {where} (scanned images?); "
                                "they were left out. Add a text layer to read them, e.g. "
                                "`ocrmypdf --skip-text in.pdf out.pdf` (or `histkit tables --ocr`)", f"page {where}"))
    garbled_pages = [p.number for p in pages if p.pieces and garbled([piece.text for piece in p.pieces])]
    if garbled_pages:
        where = page_ranges(garbled_pages)
        problems.append(Problem("", "read", f"the text of page{'s' if len(garbled_pages) > 1 else ''} {where} is "
                                "garbled in part or whole: its font has no usable map to Unicode, so its words come out "
                                "as other letters and control characters (nor do its glyphs' names say their letters); read those "
                                "pages by OCR, e.g. `ocrmypdf --force-ocr in.pdf out.pdf`", f"page {where}"))
    try:
        text, regions, marks = _read(single_pages(pages))  # (a sheet of two pages side by side: each read alone)
    except Exception as exc:  # a page histkit's geometry did not foresee costs this file, not the corpus
        raise CorpusError(path, f"could not be laid out ({type(exc).__name__}: {exc}); convert it to text "
                                "(e.g. `pdftotext -layout in.pdf out.txt`) and report the file") from exc
    meta = {**meta, "source_format": "pdf", "n_pages": len(pages), "extractor": EXTRACTOR}
    return Parsed(text, regions, marks, meta, tuple(problems))


def _read(pages: list[Page]):
    laid = [(with_subscripts(ln), rotated) for ln, rotated in (page_lines(p.pieces) for p in pages)]
    if misread_accents([line.text for ln, _ in laid for line in ln]):  # (`SaÂenz`: the accents put back, `Sáenz`)
        for ln, _ in laid:
            for line in ln:
                line.tokens = [(kind, mended(text) if kind == "t" else text) for kind, text in line.tokens]
    size = body_size([ln for ln, _ in laid])  # (the margin's line numbers off first: they open or end lines)
    lines = [without_counted_lines(ln, size) for ln, _ in laid]
    heights = _text_heights(lines, [p.height for p in pages])
    folios_apart(lines, heights, BAND)
    size = body_size(lines)
    heads = running_heads(lines, heights, size)
    heads |= folio_feet(lines, heights, heads, BAND)
    roles, passages = [], False
    for k, page_lines_ in enumerate(lines):
        here = {i for p, i in heads if p == k}
        roles.append(assign_roles(page_lines_, here, size, pages[k].rules, pages[k].height))
        roles[-1].body = without_line_numbers(roles[-1].body)
        passages = notes_under_passages(roles[-1], size) or passages
    if passages:  # (a document that sets notes under its passages: one ending a page may run on to the next's head)
        run_over_heads(roles, size)
    scanned = any(p.invisible for p in pages)
    if scanned:  # a scan's OCR layer: its raised marks counted, as it lost their numbers
        number_marks(roles)
    restarts = move_piece_notes(roles, size)  # (a review section's notes after each review, from 1 again)
    restarts |= move_endnotes(roles, size)
    run_on_lists(roles, size)  # (a web page's note list cut by a page break: its rest heads the next page)
    as_text([r.body for r in roles])  # (raised figures that call no note: `m²`, `× 10⁶`, `¹⁴C`)
    called = frozenset(text for r in roles for ln in r.body for kind, text in ln.tokens if kind == "m")
    notes, stray = assemble([r.notes for r in roles], [r.fenced for r in roles], restarts, called, scanned)
    if notes_back(roles, notes):  # (a lone note taken for a running foot: the page's notes read again with it)
        notes, stray = assemble([r.notes for r in roles], [r.fenced for r in roles], restarts, called, scanned)
    if scanned and _no_foot(notes, roles):  # no foot of smaller lines the layer's sizes show: read as a text file's
        return plain_text(roles), (), ()
    if any(n.label.isalpha() for n in notes) and any(numbered(n.label) for n in notes):
        lettered = lettered_apart([r.notes for r in roles])  # lettered notes beside numbered ones: no notes of the
        notes, stray = assemble([r.notes for r in roles], [r.fenced for r in roles], restarts, called, scanned)
        for k, found in lettered.items():  # document's series, and no words of the numbered note set above them
            stray.setdefault(k, []).extend(found)
    without_backlinks(notes)  # (a web page's `↑` or `↩` back to the call, printed with each note)
    bracket_calls([r.body for r in roles], {n.label for n in notes})
    glued_calls([r.body for r in roles], {n.label for n in notes})
    by_mark = number_symbol_notes(notes)  # a page's marks name its notes only: numbered in reading order
    by_mark |= preface_notes(notes, stray, called)  # (a book's roman-numbered front matter before its chapters)
    labels = {n.label for n in notes if not n.printed}
    symbol_calls([r.body for r in roles], {n.label: n.page - 1 for n in notes if not numbered(n.label)})
    starting: dict[int, list] = {}
    for note in notes:
        starting.setdefault(note.page, []).append(note)
    built = TextBuilder()
    for k, (page, role) in enumerate(zip(pages, roles)):
        body = role.body + stray_order(stray.get(k, []), role.notes)
        heads_here = role.heads + _rotated(laid[k][1])
        write_page(built, page.number, heads_here, paragraphs(body, role.columns, size),
                   starting.get(page.number, []), labels, page.height, by_mark.get(page.number, {}))
    text, regions, marks = built.result()
    return text, unmirrored(regions, {p.number: p.width for p in pages if p.mirrored}), marks


def _no_foot(notes: list, roles: list) -> bool:
    """Whether an OCR layer's sizes told no foot of notes: none found, or notes answering at most a quarter of the
    body's calls (a typescript's lines the engine sized a point smaller than the rest, `1921.`, are no foot: its notes
    are set at the text's own size, after the text).

    >>> from types import SimpleNamespace as N
    >>> body = [N(tokens=[("t", "Text."), ("m", str(k))]) for k in range(1, 9)]
    >>> _no_foot([N(label="1")], [N(body=body)]), _no_foot([N(label=str(k)) for k in range(1, 5)], [N(body=body)])
    (True, False)
    """
    calls = [text for r in roles for ln in r.body for kind, text in ln.tokens if kind == "m"]
    answered = {n.label for n in notes} & set(calls)
    return 4 * len(answered) <= len(calls)


def _text_heights(lines: list[list[Line]], heights: list[float]) -> list[float]:
    """The pages' heights as their running heads and folios are banded in: a book's small page printed on a larger
    sheet (a journal's A5 text block on Letter paper, its folio at 70 % of the sheet's height) is as tall as its text
    with the margin above it once more below (`BAND` is a share of the page the text is set on). Told by the pages'
    last lines: on three pages or more, most end at one height (a folio's, a running foot's) well above the sheet's
    foot, so far above it that the sheet's bottom band misses them.

    >>> from histkit.read.pdf.lines import Line
    >>> def line(top, bottom): return Line([], 0, top, 10, bottom, bottom, 10, False, [("t", "x")])
    >>> small = [[line(56, 66), line(540, 553)] for _ in range(3)]
    >>> _text_heights(small, [792.0] * 3), _text_heights(small[:2], [792.0] * 2)
    ([609, 609, 609], [792.0, 792.0])
    """
    ends = [max(ln.bottom for ln in page) for page in lines if page]
    if len(ends) < 3:
        return heights
    end = sorted(ends)[len(ends) // 2]
    top = min(ln.top for page in lines for ln in page)
    if sum(abs(e - end) <= 2 for e in ends) < 0.6 * len(ends):
        return heights
    # (only where the sheet's bottom band misses the pages' last lines: a page the text fills is banded as before)
    return [end + max(top, 0.0) if end < (1 - BAND) * height else height for height in heights]


def _rotated(pieces) -> list[Line]:
    """Rotated text (marginal running heads set vertically), one line per rotated piece."""
    return [Line([p], p.x0, p.top, p.x1, p.bottom, p.base, p.size, p.bold, [("t", " ".join(p.text.split()))])
            for p in pieces if p.text.strip()]
