"""Endnotes in two columns whose bracketed labels stand at a first-line indent (round 19 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402


def test_two_endnote_columns_are_read_left_then_right_though_their_continuations_open_with_numbers(tmp_path):
    # each column's labels `[n]` stand 10 pt in; its lines going on with a note start at the margin, two of
    # them with a number (`1982.`, `14 iýul`), which must not decide which column is read first
    sheet = Sheet(tmp_path / "endnotes.pdf")
    sheet.body(["Bu ýerde ýüzlerçe ýap we aryk bardy.^[1] Suw her ýyl täzeden ylalaşylýardy.^[2]",
                "Taryh ylmynda bu döwür az öwrenildi.^[3] Her bir ýabyň öz mirapy bardy.^[4]",
                "Gurakçylyk ýyllarynda jedel köpelýärdi.^[5] Köne däpler saklandy.^[6]"])
    sheet.folio("31")
    sheet.next_page()
    sheet.line(LEFT, BODY_TOP, "Bellikler", font="bold", size=12)
    right = 310.0
    left_column = ["[1] Türkmenistanyň Merkezi döwlet arhiwi,", "1-nji gor, 118-nji iş, 12–19 s.",
                   "[2] Şol ýerde, 15 s.", "[3] Seret: Annaýew G. Marynyň suw ulgamy.", "Aşgabat,",
                   "1982. 44–97 s."]
    right_column = ["[4] Zakaspiýskoe obozrenie, 1901,", "14 iýul; şeýle hem 2-nji bellige serediň.",
                    "[5] Şol ýerde.", "[6] Awtor minnetdarlyk bildirýär."]
    for x, column, top in ((LEFT, left_column, BODY_TOP + 14), (right, right_column, BODY_TOP - 4)):
        y = top
        for text in column:
            sheet.line(x + (10 if text.startswith("[") else 0), y, text, size=NOTE_SIZE, limit=x + 210)
            y += NOTE_LEADING
    sheet.folio("32")
    assert [(no, text) for no, _, text, _ in notes_read(sheet.save())] == [
        ("1", "Türkmenistanyň Merkezi döwlet arhiwi, 1-nji gor, 118-nji iş, 12–19 s."),
        ("2", "Şol ýerde, 15 s."),
        ("3", "Seret: Annaýew G. Marynyň suw ulgamy. Aşgabat, 1982. 44–97 s."),
        ("4", "Zakaspiýskoe obozrenie, 1901, 14 iýul; şeýle hem 2-nji bellige serediň."),
        ("5", "Şol ýerde."),
        ("6", "Awtor minnetdarlyk bildirýär."),
    ]
