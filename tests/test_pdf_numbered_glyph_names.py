"""A PDF whose fonts name their glyphs by character code (`/C80` for `P`: 3B2, on which Kluwer's law journals were
set), with codes 1, 2, 3 … in the order of first use and no ToUnicode map: PDFium gives the codes, so the page came
out as control characters. Its fonts' /Differences say each glyph's character; read so, the page is text.

The PDFs are written here byte by byte, with a CFF font made by fontTools whose glyphs are named so.
"""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pypdf", reason="a garbled page's fonts are read with pypdf (pip install pypdf)")

from histkit import read_document  # noqa: E402

ACCENT = "¨"  # 3B2 draws an accent as a glyph of its own after its letter (standard encoding's code 200)


def _name(char: str) -> str:
    return "C200" if char == ACCENT else f"C{ord(char)}"


def _cff(chars: list[str]) -> bytes:
    """A bare CFF font whose glyphs, boxes 0.44 em wide, are named C<code> as 3B2 names them."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    names = [".notdef"] + [_name(c) for c in chars]
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder(names)
    strings = {}
    for name in names:
        pen = T2CharStringPen(500, None)
        pen.moveTo((30, 0)), pen.lineTo((470, 0)), pen.lineTo((470, 600)), pen.lineTo((30, 600)), pen.closePath()
        strings[name] = pen.getCharString()
    builder.setupCFF("AdvTest", {"FullName": "AdvTest"}, strings, {})
    builder.setupHorizontalMetrics({n: (500, 30) for n in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupCharacterMap({}), builder.setupPost(), builder.setupMaxp(), builder.setupOS2()
    builder.setupNameTable({"familyName": "AdvTest", "styleName": "Regular"})
    return builder.font["CFF "].compile(builder.font)


def numbered_glyph_pdf(runs: list[tuple[str, float, float]], size: float = 11) -> bytes:
    """A page drawing each run (text, x, y) as a text object, words apart by a quarter em; the font's codes run
    1, 2, 3 … in the order of the characters, but `p` is code 32 (a subset's 32nd character)."""
    chars = sorted(set("".join(t for t, _, _ in runs).replace(" ", "")))
    code = {c: k + 1 for k, c in enumerate(c for c in chars if c != "p")}
    code["p"] = 32
    # (words apart by kerning, as 3B2 sets them: no space glyph)
    content = "".join(
        f"BT /F1 {size} Tf {x} {y} Td ["
        + " -250 ".join("(" + "".join("\\%03o" % code[c] for c in word) + ")" for word in text.split(" "))
        + "] TJ ET\n" for text, x, y in runs).encode()
    differences = "[1 " + " ".join("/" + _name(c) for c in chars if c != "p") + " 32 /C112]"
    font = _cff(chars)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        (f"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+AdvTest /FirstChar 1 /LastChar 32 "
         f"/Widths [{' '.join(['500'] * 32)}] /Encoding << /Type /Encoding /Differences {differences} >> "
         f"/FontDescriptor 6 0 R >>").encode(),
        b"<< /Type /FontDescriptor /FontName /ABCDEF+AdvTest /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 600 /StemV 80 /FontFile3 7 0 R >>",
        b"<< /Subtype /Type1C /Length %d >>\nstream\n" % len(font) + font + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def read(tmp_path, runs) -> str:
    path = tmp_path / "3b2.pdf"
    path.write_bytes(numbered_glyph_pdf(runs))
    document = read_document(path)
    assert not document.problems  # (no page is reported garbled)
    return document.text


def test_glyphs_named_by_their_codes_read_as_those_characters(tmp_path):
    assert read(tmp_path, [("The Hague Rules of 1924", 40, 250)]) == "The Hague Rules of 1924\n"


def test_a_glyph_drawn_with_code_32_is_read_at_a_words_start_inside_it_twice_and_at_its_end(tmp_path):
    # (PDFium takes code 32 for a space: at a word's start, or after another, it drops it as a second space)
    assert read(tmp_path, [("The people apply to support a stop here", 40, 250)]) == \
        "The people apply to support a stop here\n"


def test_an_accent_drawn_as_a_glyph_of_its_own_after_its_letter_is_composed_with_it(tmp_path):
    assert read(tmp_path, [("Lu", 40, 250), (ACCENT, 50.5, 250), ("bbe", 52, 250)]) == "Lübbe\n"
