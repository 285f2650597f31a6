"""An editor's symbol notes (`*`, `†`, `‡`) beside the author's numbered notes (round 18 of layouts).

tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, Sheet, notes_read  # noqa: E402

NOTES_TOP = 690.0


def _foot(sheet: Sheet, notes: list[tuple[str, bool, list[str]]]) -> None:
    """The notes under a short rule: (label, raised, lines) each, the editor's raised marks first."""
    sheet.rule(LEFT, LEFT + 144, NOTES_TOP - NOTE_LEADING - 2)
    y = NOTES_TOP
    for label, raised, lines in notes:
        y = sheet.note(LEFT, y, label, lines, raised_label=raised)


def test_raised_editor_marks_do_not_hide_numbered_labels_on_the_line(tmp_path):
    sheet = Sheet(tmp_path / "marks.pdf")
    sheet.body(["Күзде мұнда үлкен жәрмеңке^* өтіп, мыңдаған адам жиналатын.^1",
                "Бір пұт^† жүннің бағасы арзан болды.^2 Көпестер қойма ұстады.^3",
                "«Степной край» газеті^‡ жәрмеңке туралы жазды."])
    _foot(sheet, [("*", True, ["Жәрмеңке – маусымдық ірі базар (Ред.)."]),
                  ("†", True, ["Пұт – 16,38 кг-ға тең салмақ өлшемі (Ред.)."]),
                  ("‡", True, ["Газет Омбыда шықты (Ред.)."]),
                  ("1.", False, ["ҚР ОМА, 64-қор, 1-тізбе, 5412-іс."]),
                  ("2.", False, ["Сонда, 15-п."]),
                  ("3.", False, ["Сұлтанов, аталған еңбек, 48-б."])])
    numbered = [row for row in notes_read(sheet.save()) if row[0].isdigit()]
    assert numbered == [
        ("1", "1", "ҚР ОМА, 64-қор, 1-тізбе, 5412-іс.", "жиналатын."),
        ("2", "2", "Сонда, 15-п.", "болды."),
        ("3", "3", "Сұлтанов, аталған еңбек, 48-б.", "ұстады."),
    ]


def test_an_editor_mark_started_again_on_the_next_page_is_a_note_of_its_own(tmp_path):
    sheet = Sheet(tmp_path / "again.pdf")
    sheet.body(["Күзде мұнда үлкен жәрмеңке^* өтіп, мыңдаған адам жиналатын.^1",
                "Облыс әкімінің есебі бойынша көп мал сатылған.^2"])
    _foot(sheet, [("*", True, ["Жәрмеңке – маусымдық ірі базар (Ред.)."]),
                  ("1", True, ["ҚР ОМА, 64-қор, 1-тізбе, 5412-іс."]),
                  ("2", True, ["Сонда, 15-п."])])
    sheet.folio("57")
    sheet.next_page()
    sheet.body(["«Степной край» газеті^* жәрмеңке туралы жазды.^3"])
    _foot(sheet, [("*", True, ["Газет Омбыда шықты (Ред.)."]),
                  ("3", True, ["Сонда."])])
    sheet.folio("58")
    assert notes_read(sheet.save()) == [
        ("*", "*", "Жәрмеңке – маусымдық ірі базар (Ред.).", "жәрмеңке"),
        ("1", "1", "ҚР ОМА, 64-қор, 1-тізбе, 5412-іс.", "жиналатын."),
        ("2", "2", "Сонда, 15-п.", "сатылған."),
        ("*.2", "*", "Газет Омбыда шықты (Ред.).", "газеті"),
        ("3", "3", "Сонда.", "жазды."),
    ]
