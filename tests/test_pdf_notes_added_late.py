"""A note added at proof stage keeps the numbers after it: `7bis` (or `4a`) in call and label is a note of its own.

Italian, French, Spanish and legal journals print a note added after note 7 as `7bis` (`7ter` after it), in the
call and in the label, the notes after it keeping their numbers (layout round 37). The label is read as a note's,
bracketed `[7bis]` as `[7]` is, and the notes are keyed once through in reading order, the printed number kept as
the label. tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

BODY = ["Il registro riporta la somma dei beni,^6 ma omette i debiti.^7 Gli estimatori",
        "li detrassero solo quando erano provati da un instrumento.^7bis Nelle valli",
        "alte le bestie contano più della terra.^8 Lo stesso vale per i pascoli.^9"]
NOTES = [("6", "BCBg, Estimi, 27."), ("7", "Sui debiti nelle polizze, Cavalieri, Il credito, pp. 45-78."),
         ("7bis", "Su 400 polizze campione, i debiti sono detratti in 173 casi."),
         ("8", "A Foppolo le bestie rappresentano oltre metà dell’estimo."), ("9", "BCBg, Estimi, 24, c. 17.")]


@pytest.mark.parametrize("shape", ["[{}]", "{}."])
def test_a_note_added_late_as_7bis_is_a_note_of_its_own_between_7_and_8(tmp_path, shape):
    sheet = Sheet(tmp_path / "estimo.pdf")
    sheet.body(BODY, top=BODY_TOP)
    y = 770.0 - (len(NOTES) - 1) * NOTE_LEADING
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    for label, text in NOTES:  # the label set apart on the line, the note's text hung after it
        sheet.line(LEFT, y, shape.format(label), size=NOTE_SIZE)
        sheet.line(LEFT + 26, y, text, size=NOTE_SIZE)
        y += NOTE_LEADING
    read = notes_read(sheet.save())
    assert [(label, text) for _no, label, text, _before in read] == NOTES
    assert [before for *_, before in read] == ["beni,", "debiti.", "instrumento.", "terra.", "pascoli."]
    assert [no for no, *_ in read] == ["6", "7", "8", "9", "10"]  # keyed once through: the notes after it one on
