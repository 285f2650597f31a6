"""Text a page draws where its reader cannot see it: left out of the page's text.

Publishers' production systems leave text in a PDF that the printed page
does not show: a title set as outlines over an invisible copy of itself
(for search), a platform's licence line filled white, a text frame an image
was laid over, the overset lines of a frame outside its clipping path. Read
as text, such a line joins the note or paragraph nearest it. What a reader
sees decides, so a text object is unseen when it is

- drawn invisible (render mode 3) on a page whose text is mostly visible
  (an OCR layer, invisible throughout, is the page's text: `ocrlayer`);
- filled white with nothing drawn under it (white on a coloured box or an
  image is seen);
- wholly outside its clipping path (a rectangle; other clips are trusted);
- wholly under an opaque image drawn after it that is no page's picture (a scan drawn over its own text layer
  leaves that layer the page's text, and an image with a soft mask or transparency lets the text through).
"""

from __future__ import annotations

import ctypes
import struct
from functools import partial

try:
    import pypdfium2.raw as pdfium_c
except ImportError:  # (`extract` says what to install)
    pdfium_c = None

_TEXT, _PATH, _IMAGE = 1, 2, 3  # FPDF_PAGEOBJ_TEXT, _PATH, _IMAGE
_INVISIBLE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE
_WHITE = 250  # a fill whose red, green and blue are all this or more is the paper's
_SLACK = 0.5  # points a box may stand over its cover's edge and still be under it
_BGRA = 4  # FPDFBitmap_BGRA
_PICTURE = 0.5  # an image over this share of the page is the page's picture (a scan), not a thing laid on text


class _Handle(ctypes.c_void_p):
    """A handle as a call gives it back: ctypes passes a subclass of ``c_void_p`` to the next call unconverted (and
    it is false where the call gave none)."""


def _raw() -> dict:
    """PDFium's functions declared with a result type only, so that ctypes converts no argument (as `extract._calls`:
    a handle is passed on as it came back, a buffer as its address)."""
    V, F, c = ctypes.c_void_p, ctypes.c_int, pdfium_c

    def again(fn, restype):
        clone = type(fn)(ctypes.cast(fn, V).value)
        clone.restype, clone.argtypes = restype, None
        return clone

    # a clip path and a segment come back as `_Handle`s, passed on as they are: every text object's clip is asked
    return {"type": again(c.FPDFPageObj_GetType, F), "mode": again(c.FPDFTextObj_GetTextRenderMode, F),
            "fill": again(c.FPDFPageObj_GetFillColor, F), "clip": again(c.FPDFPageObj_GetClipPath, _Handle),
            "paths": again(c.FPDFClipPath_CountPaths, F), "segments": again(c.FPDFClipPath_CountPathSegments, F),
            "segment": again(c.FPDFClipPath_GetPathSegment, _Handle), "point": again(c.FPDFPathSegment_GetPoint, F),
            "bounds": again(c.FPDFPageObj_GetBounds, F), "transparent": again(c.FPDFPageObj_HasTransparency, F)}


_CALLS = _raw() if pdfium_c else {}
_NUMBERS = (ctypes.c_uint * 4)()  # a fill's red, green, blue, alpha
_RGBA = partial(struct.Struct("@4I").unpack_from, memoryview(_NUMBERS).cast("B"))  # read back in one call
_FLOATS = (ctypes.c_float * 4)()  # a box, or a point
_AT = tuple(ctypes.c_void_p(ctypes.addressof(_NUMBERS) + 4 * k) for k in range(4))
_FAT = tuple(ctypes.c_void_p(ctypes.addressof(_FLOATS) + 4 * k) for k in range(4))


def unseen_objects(objects: list, page_area: float, document=None, page=None) -> set[int]:
    """The handles' values of the page's text objects no reader sees (see the module's rules).

    Only the page's own objects are asked: text in a form is kept as it is. ``document`` and ``page`` (PDFium's
    handles) let an image that would hide text be drawn to see whether it is opaque.
    """
    if not _CALLS or not objects:
        return set()
    calls = _CALLS
    kind_of, mode_of = calls["type"], calls["mode"]
    # a text object is told by its render mode: PDFium answers -1 (FPDF_TEXTRENDERMODE_UNKNOWN) for any other object
    # and a text object's mode is one of the eight a PDF can set (0-7), so only the rest are asked their type
    modes = [mode_of(obj) for obj in objects]
    kinds = [_TEXT if mode >= 0 else kind_of(obj) for obj, mode in zip(objects, modes)]
    texts = [k for k, mode in enumerate(modes) if mode >= 0]
    if not texts:
        return set()
    invisible = [k for k in texts if modes[k] == _INVISIBLE]
    hidden = set(invisible) if len(invisible) < 0.5 * len(texts) else set()
    covers = images = None
    fill, clip_of, paths_of, at = calls["fill"], calls["clip"], calls["paths"], _AT
    for k in texts:
        if k in hidden or modes[k] == _INVISIBLE:
            continue
        obj, box = objects[k], None
        fill(obj, *at)  # (`_white`, inline: it is asked of every text object)
        red, green, blue, _ = _RGBA()
        if red >= _WHITE and green >= _WHITE and blue >= _WHITE:
            if covers is None:
                covers = [(j, _box(objects[j])) for j, kind in enumerate(kinds) if kind in (_IMAGE, _PATH)]
            box = _box(obj)
            if not any(j < k and _within(box, cover) and not (kinds[j] == _PATH and _white(objects[j]))
                       for j, cover in covers):
                hidden.add(k)
                continue
        if images is None:
            images = [(j, box) for j, box in ((j, _box(objects[j])) for j, kind in enumerate(kinds) if kind == _IMAGE)
                      if (box[2] - box[0]) * (box[3] - box[1]) < _PICTURE * page_area
                      and not calls["transparent"](objects[j])]  # (a soft mask PDFium tells by drawing: `_opaque`)
        # (`_clip_box`'s first question inline: most text objects' clip holds no path, PDFium's count -1)
        clip = clip_of(obj)
        clip = _clip_box(obj, clip) if clip and paths_of(clip) == 1 else None
        if clip is not None or images:
            box = box or _box(obj)
            if clip is not None and _outside(box, clip):
                hidden.add(k)
            elif any(j > k and _within(box, cover) and _opaque(objects[j], document, page) for j, cover in images):
                hidden.add(k)
    return {objects[k].value for k in hidden}


def _opaque(image, document, page) -> bool:
    """Whether an image hides what is under it: drawn as PDFium draws it (its mask applied), no pixel lets light
    through; without the handles to draw it, whether PDFium sees no transparency in it."""
    if document is None or page is None:
        return True
    c = pdfium_c
    bitmap = c.FPDFImageObj_GetRenderedBitmap(document, ctypes.cast(page, c.FPDF_PAGE), ctypes.cast(image, c.FPDF_PAGEOBJECT))
    if not bitmap:
        return True
    try:
        if c.FPDFBitmap_GetFormat(bitmap) != _BGRA:
            return True  # (no alpha channel: every pixel is drawn)
        size = c.FPDFBitmap_GetStride(bitmap) * c.FPDFBitmap_GetHeight(bitmap)
        pixels = ctypes.string_at(c.FPDFBitmap_GetBuffer(bitmap), size)
        return min(pixels[3::4], default=255) == 255
    finally:
        c.FPDFBitmap_Destroy(bitmap)


def _white(obj) -> bool:
    """Whether an object is filled white, the paper's colour (white text, or a white box under it)."""
    _CALLS["fill"](obj, *_AT)
    red, green, blue, _ = _RGBA()
    return red >= _WHITE and green >= _WHITE and blue >= _WHITE


def _box(obj) -> tuple[float, float, float, float]:
    _CALLS["bounds"](obj, *_FAT)
    return _FLOATS[0], _FLOATS[1], _FLOATS[2], _FLOATS[3]


def _clip_box(obj, clip=None) -> tuple[float, float, float, float] | None:
    """The rectangle an object is clipped to, or None (no clip, or one that is no single rectangle); ``clip``, where
    given, is the object's clip path, known to hold one path."""
    calls = _CALLS
    if clip is None:
        clip = calls["clip"](obj)
        if not clip or calls["paths"](clip) != 1:
            return None
    if calls["segments"](clip, 0) not in (4, 5):
        return None
    xs, ys = [], []
    for i in range(4):
        segment = calls["segment"](clip, 0, i)
        if not segment or not calls["point"](segment, _FAT[0], _FAT[1]):
            return None
        xs.append(_FLOATS[0])
        ys.append(_FLOATS[1])
    if len({round(v, 1) for v in xs}) > 2 or len({round(v, 1) for v in ys}) > 2:
        return None  # a turned or irregular shape: trusted
    return min(xs), min(ys), max(xs), max(ys)


def _within(box, cover) -> bool:
    """Whether ``box`` lies wholly inside ``cover`` (both left, bottom, right, top).

    >>> _within((10, 10, 50, 20), (8, 5, 60, 22)), _within((10, 10, 50, 20), (12, 5, 60, 22))
    (True, False)
    """
    return box[0] >= cover[0] - _SLACK and box[1] >= cover[1] - _SLACK and box[2] <= cover[2] + _SLACK \
        and box[3] <= cover[3] + _SLACK


def _outside(box, clip) -> bool:
    """Whether ``box`` lies wholly outside the rectangle ``clip``.

    >>> _outside((10, 0, 50, 8), (0, 10, 100, 200)), _outside((10, 5, 50, 14), (0, 10, 100, 200))
    (True, False)
    """
    return box[2] <= clip[0] or box[0] >= clip[2] or box[3] <= clip[1] or box[1] >= clip[3]
