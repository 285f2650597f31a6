"""The text objects' texts read from the page's text in one pass are those PDFium gives when each object is asked.

Each test draws a page with reportlab (tests/pdfmaker.py) and reads it twice:
as the reader does, and with every object asked for its text alone
(`texts.object_texts` answering None); the pieces must be the same, and the
page must have been read the way the test says.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, PAGE_H, Sheet  # noqa: E402

from histkit.read.pdf import extract  # noqa: E402


def pieces_both_ways(path, monkeypatch) -> tuple[list, list, list[bool]]:
    """The page's pieces as read, as read object by object, and for each page whether its text was read in one pass."""
    one_pass: list[bool] = []
    read = extract.object_texts

    def watched(*args):
        texts = read(*args)
        one_pass.append(texts is not None)
        return texts

    def pieces() -> list:
        pdf = extract.open_pdf(path, path.read_bytes())
        try:
            return [(p.text, p.x0, p.top, p.x1, p.bottom, p.base, p.size, p.bold) for page in extract.read_pages(pdf)
                    for p in page.pieces]
        finally:
            pdf.close()

    monkeypatch.setattr(extract, "object_texts", watched)
    fast = pieces()
    monkeypatch.setattr(extract, "object_texts", lambda *args: None)
    return fast, pieces(), one_pass


def test_words_markers_and_a_line_end_hyphen_read_in_one_pass_are_the_texts_pdfium_gives_each_object(tmp_path,
                                                                                                     monkeypatch):
    sheet = Sheet(tmp_path / "hyphen.pdf")
    sheet.body(["Kardelj wrote to the Yugo-", "slav delegation in March.^1 Nobody", "answered for a month."])
    sheet.footnotes([("1", ["AJ, 507, 12."])])
    fast, slow, one_pass = pieces_both_ways(sheet.save(), monkeypatch)
    assert one_pass == [True]
    assert fast == slow
    assert [p[0] for p in fast][:2] == ["Kardelj wrote to the Yugo-", "slav delegation in March."]


def test_text_drawn_twice_over_and_text_inside_a_form_read_in_one_pass_are_the_texts_pdfium_gives(tmp_path,
                                                                                                  monkeypatch):
    sheet = Sheet(tmp_path / "twice.pdf")
    c = sheet.canvas
    sheet.line(LEFT, 96, "A heading set bold by drawing it twice")
    sheet.line(LEFT + 0.3, 96, "A heading set bold by drawing it twice")  # PDFium's text page keeps one copy
    c.beginForm("placed")
    sheet.body(["Kardelj wrote to Moscow in March.^1"], top=140)
    c.endForm()
    c.doForm("placed")
    fast, slow, one_pass = pieces_both_ways(sheet.save(), monkeypatch)
    assert one_pass == [True]
    assert fast == slow


def test_a_page_with_right_to_left_script_has_each_object_asked_for_its_text(tmp_path, monkeypatch):
    sheet = Sheet(tmp_path / "hebrew.pdf")
    # (in DejaVu Sans, which has the Hebrew glyphs: PDFium's page text holds every character, reordered)
    sheet.line(LEFT, 96, "Kardelj met the envoy of Israel (ישראל) in Belgrade.", font="sans")
    fast, slow, one_pass = pieces_both_ways(sheet.save(), monkeypatch)
    assert one_pass == [False]
    assert fast == slow


def test_a_page_with_a_character_its_text_leaves_out_has_each_object_asked_for_its_text(tmp_path, monkeypatch):
    sheet = Sheet(tmp_path / "no-glyph.pdf")
    # the font has no glyph for U+1D400: it is drawn with code 0 and no Unicode, which PDFium's page text leaves
    # out (so every later character would stand one place off), while the object's own text just skips it
    sheet.line(LEFT, 96, "The sign \U0001D400 stands for a matrix.")
    sheet.line(LEFT, 110, "Kardelj wrote to Moscow in March.")
    fast, slow, one_pass = pieces_both_ways(sheet.save(), monkeypatch)
    assert one_pass == [False]
    assert fast == slow
    assert [p[0] for p in fast] == ["The sign  stands for a matrix.", "Kardelj wrote to Moscow in March."]


def helvetica_pdf(path, lines: list[str], a_means: str):
    """A PDF written by hand: ``lines`` in Helvetica, whose ToUnicode map reads the letter A as ``a_means`` (UTF-16 hex)."""
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test-UCS def /CMapType 2 def "
            f"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <{a_means}> endbfchar "
            "2 beginbfrange <20> <40> <0020> <42> <7E> <0042> endbfrange endcmap "
            "CMapName currentdict /CMap defineresource pop end end").encode()
    text = b" ".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (740 - 20 * k, line.encode()) for k, line in enumerate(lines))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap)]
    out, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    table = b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, table, len(objects) + 1, len(out))
    path.write_bytes(out)
    return path


def test_a_character_beyond_u_ffff_has_its_page_read_object_by_object(tmp_path, monkeypatch):
    # PDFium keeps U+1D400 as two characters (its UTF-16 halves), which the page's text joins into one
    path = helvetica_pdf(tmp_path / "astral.pdf", ["Sign A here.", "Second line."], "D835DC00")
    fast, slow, one_pass = pieces_both_ways(path, monkeypatch)
    assert one_pass == [False]
    assert fast == slow
    assert [p[0] for p in fast] == ["Sign \U0001d400 here.", "Second line."]


def test_a_font_mapping_its_letters_plainly_has_its_page_read_in_one_pass(tmp_path, monkeypatch):
    path = helvetica_pdf(tmp_path / "plain.pdf", ["Sign A here.", "Second line."], "0041")
    fast, slow, one_pass = pieces_both_ways(path, monkeypatch)
    assert one_pass == [True]
    assert fast == slow == [("Sign A here.", *fast[0][1:]), ("Second line.", *fast[1][1:])]


def test_a_page_without_text_reads_no_pieces_either_way(tmp_path, monkeypatch):
    sheet = Sheet(tmp_path / "rule.pdf")
    sheet.rule(LEFT, LEFT + 100, PAGE_H / 2)
    fast, slow, _ = pieces_both_ways(sheet.save(), monkeypatch)
    assert fast == slow == []
