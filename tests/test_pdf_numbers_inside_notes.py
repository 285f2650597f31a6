"""A number opening a line inside a note is the note's words where it cannot be the next note's label.

A note's own lines may open with a number: the items of a list set a line each (`1) Zeitungen …`, `2) …`), a
second paragraph opening with a year or a count (`12 de las de gloria …`). Where the labels keep one shape (`1.`
here), a number printed in another (`1)`) labels no note; and a number ahead of the one due labels none where the
number due opens a line further down the page (layout round 35). tests/pdfmaker.py draws the lines; positions are
PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

BODY = ["Die Regierung verkündete 1819 die Beschlüsse.^1 Jede Schrift musste",
        "vorgelegt werden.^2 Die Berichte sind erhalten.^3 Sie verzeichnen jede",
        "Stelle.^4 Die Zensoren strichen nach Regeln.^5"]


def test_a_list_numbered_in_another_shape_than_the_labels_stays_in_its_note(tmp_path):
    sheet = Sheet(tmp_path / "zensur.pdf")
    sheet.body(BODY, top=BODY_TOP)
    sheet.footnotes([("1.", ["Regierungsblatt 1817, S. 41–44."]),
                     ("2.", ["HStAS, E 146 Bü 2317. Die Verordnung unterschied drei Fälle:",
                             "1) Zeitungen und Zeitschriften;", "2) Flugschriften unter zwanzig Bogen;",
                             "3) ausländische Schriften."]),
                     ("3.", ["HStAS, E 146 Bü 2320–2351."]), ("4.", ["Ebd., Bl. 4."]), ("5.", ["Ebd., Bl. 9."])])
    read = [(no, text) for no, _label, text, _before in notes_read(sheet.save())]
    assert read == [
        ("1", "Regierungsblatt 1817, S. 41–44."),
        ("2", "HStAS, E 146 Bü 2317. Die Verordnung unterschied drei Fälle: 1) Zeitungen und Zeitschriften; "
              "2) Flugschriften unter zwanzig Bogen; 3) ausländische Schriften."),
        ("3", "HStAS, E 146 Bü 2320–2351."), ("4", "Ebd., Bl. 4."), ("5", "Ebd., Bl. 9."),
    ]


def test_a_paragraph_opening_with_a_number_ahead_of_the_one_due_stays_in_its_note(tmp_path):
    sheet = Sheet(tmp_path / "cofradias.pdf")
    sheet.body(BODY, top=BODY_TOP)
    lines = [(0, "1 AHN, Consejos, leg. 7090, exp. 1."), (0, "2 AHN, Consejos, leg. 7096, exps. 4-6."),
             (0, "3 Ibid., exp. 4, fols. 2-31."), (0, "4 Ibid., exp. 5. La segunda relación distingue tres clases."),
             (10, "12 de las de gloria se declararon extinguidas o sin hermanos."),
             (0, "5 Así la hermandad de la Soledad de San Lorenzo, AHN, Consejos, leg. 7096.")]
    y = 770.0 - (len(lines) - 1) * NOTE_LEADING
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    for indent, text in lines:  # the opening number drawn apart from the words after it, as a typesetter may
        number, rest = text.split(" ", 1)
        sheet.line(LEFT + indent, y, number, size=NOTE_SIZE)
        sheet.line(LEFT + indent + sheet.width(number + " ", NOTE_SIZE), y, rest, size=NOTE_SIZE)
        y += NOTE_LEADING
    read = [(no, text) for no, _label, text, _before in notes_read(sheet.save())]
    assert read == [
        ("1", "AHN, Consejos, leg. 7090, exp. 1."), ("2", "AHN, Consejos, leg. 7096, exps. 4-6."),
        ("3", "Ibid., exp. 4, fols. 2-31."),
        ("4", "Ibid., exp. 5. La segunda relación distingue tres clases. 12 de las de gloria se declararon "
              "extinguidas o sin hermanos."),
        ("5", "Así la hermandad de la Soledad de San Lorenzo, AHN, Consejos, leg. 7096."),
    ]
