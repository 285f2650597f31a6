"""How the hidden-text check asks PDFium (unseen.py): a text object is told by its render mode, and a clip is asked once.

`unseen_objects` asks every object of a page its text render mode and only the objects whose mode PDFium answers
-1 for their type: PDFium gives -1 for any object but text, and a text object one of the eight modes a PDF can set.
The page drawn here holds text in all eight modes, paths, an image and a form, each checked against its type.
"""

from __future__ import annotations

import io

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")
pdfium = pytest.importorskip("pypdfium2")

from histkit.read.pdf.extract import _CALLS  # noqa: E402
from histkit.read.pdf.unseen import _CALLS as UNSEEN, _TEXT, _clip_box, unseen_objects  # noqa: E402


def _page_of_every_kind() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(400, 400))
    for mode in range(8):  # fill, stroke, both, invisible, and each with a clip
        text = canvas.beginText(40, 360 - 20 * mode)
        text.setFont("Times-Roman", 10)
        text.setTextRenderMode(mode)
        text.textOut(f"Mode {mode} of the text")
        canvas.drawText(text)
    canvas.setFont("Times-Roman", 10)
    canvas.drawString(40, 150, "Text of the page, drawn plainly.")
    canvas.line(40, 140, 300, 140)
    canvas.rect(40, 60, 100, 40, fill=1)
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(image, format="PNG")
    canvas.drawImage(ImageReader(io.BytesIO(image.getvalue())), 200, 60, 40, 40)
    canvas.beginForm("stamp")
    canvas.drawString(0, 0, "Inside a form")
    canvas.endForm()
    canvas.doForm("stamp")
    path = canvas.beginPath()
    path.rect(30, 20, 200, 30)
    canvas.clipPath(path, stroke=0)
    canvas.drawString(40, 30, "Text inside a clipping rectangle")
    canvas.save()
    return out.getvalue()


def _objects(pdf, page):
    calls = _CALLS
    return [calls["object"](page, k) for k in range(calls["count"](page))]


def test_a_render_mode_is_answered_for_text_objects_only():
    pdf = pdfium.PdfDocument(_page_of_every_kind())
    page = _CALLS["load_page"](pdf.raw, 0)
    try:
        objects = _objects(pdf, page)
        kinds = [UNSEEN["type"](obj) for obj in objects]
        modes = [UNSEEN["mode"](obj) for obj in objects]
        assert {1, 2, 3, 5} <= set(kinds)  # text, path, image, form
        assert sorted({m for m in modes if m >= 0}) == list(range(8))
        assert [k == _TEXT for k in kinds] == [m >= 0 for m in modes]
        assert all(m == -1 for k, m in zip(kinds, modes) if k != _TEXT)
    finally:
        _CALLS["close_page"](page)
        pdf.close()


def test_a_clip_asked_by_the_check_is_the_clip_asked_alone():
    pdf = pdfium.PdfDocument(_page_of_every_kind())
    page = _CALLS["load_page"](pdf.raw, 0)
    try:
        objects = _objects(pdf, page)
        boxes = []
        for obj in objects:
            clip = UNSEEN["clip"](obj)
            given = _clip_box(obj, clip) if clip and UNSEEN["paths"](clip) == 1 else None
            assert given == _clip_box(obj)
            boxes.append(given)
        assert any(box is not None for box in boxes)  # the clipping rectangle is read
        # invisible text on a page of visible text is unseen; the rest is read
        hidden = unseen_objects(objects, 400 * 400, pdf.raw, page)
        assert [obj.value for obj, mode in zip(objects, (UNSEEN["mode"](o) for o in objects)) if mode == 3] \
            == sorted(hidden, key=[o.value for o in objects].index)
    finally:
        _CALLS["close_page"](page)
        pdf.close()


def _layer_page(in_form: bool) -> bytes:
    """A page whose words are all drawn invisible (an OCR layer), on the page or inside a form as ocrmypdf sets it."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(400, 400))
    canvas.rect(10, 10, 380, 380)  # (a path first, as a scan's page draws its image first)
    if in_form:
        canvas.beginForm("layer")
    for row in range(20):
        text = canvas.beginText(40, 380 - 18 * row)
        text.setFont("Times-Roman", 10)
        text.setTextRenderMode(3)
        text.textOut(f"word {row} of the layer")
        canvas.drawText(text)
    if in_form:
        canvas.endForm()
        canvas.doForm("layer")
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("data, layer", [(_page_of_every_kind, False), (lambda: _layer_page(False), True),
                                         (lambda: _layer_page(True), True)])
def test_an_invisible_layer_is_told_by_the_modes_of_the_first_text_objects(data, layer):
    from histkit.read.pdf.ocrlayer import invisible_text

    pdf = pdfium.PdfDocument(data())
    page = _CALLS["load_page"](pdf.raw, 0)
    try:
        assert invisible_text(_objects(pdf, page), _CALLS) is layer
    finally:
        _CALLS["close_page"](page)
        pdf.close()
