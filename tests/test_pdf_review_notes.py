"""A review section's notes: each review closed by its own notes in small type, numbered from 1 again (round 33 of
layouts: Francia-Recensio's manner), read as notes, each review's calls linked to its own notes.

The pages are drawn here, small and invented; the round's own PDFs keep their figure in ``tests/test_generality.py``.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, BODY_TOP, LEFT, NOTE_LEADING, Sheet, notes_read  # noqa: E402

REVIEW_1 = ["Anna Berg, Die Salzsieder von Lüneburg, Köln 2021, 412 S.",
            "Die Saline gehört zu den am besten erforschten Betrieben.^1 Berg fragt",
            "nach den Siedern, die das Salz herstellten, und nutzt die Rechnungen.^2",
            "Jan Möller, Hamburg"]
REVIEW_2 = ["Pierre Delmas, Les marchands de Cahors, Toulouse 2022, 356 p.",
            "Die Rolle der Kaufleute aus Cahors an der Kurie ist bekannt.^1 Delmas",
            "untersucht die Darlehen an die Päpste^2 und die Kardinäle.^3",
            "Jan Möller, Hamburg"]
REVIEW_3 = ["Karin Lind, Kloster und Markt, Stockholm 2020, 248 S.",
            "Lind legt eine gründliche Studie zu den Handelsbeziehungen vor."]


def _notes(sheet: Sheet, y: float, notes: list[str]) -> float:
    """A review's notes in the text column, each on a line of its own, under the review; the baseline after them."""
    y += 4
    for k, text in enumerate(notes, 1):
        sheet.note(LEFT, y, str(k), [text])
        y += NOTE_LEADING
    return y + BODY_LEADING


def _reviews(tmp_path, second_notes: list[str]):
    sheet = Sheet(tmp_path / "reviews.pdf")
    y = sheet.body(REVIEW_1, top=BODY_TOP)
    y = _notes(sheet, y, ["Vgl. zuletzt Harald Witt, Die Saline, Lüneburg 2010.", "Stadtarchiv Lüneburg, Rechnungen."])
    y = sheet.body(REVIEW_2, top=y)
    y = _notes(sheet, y, second_notes)
    sheet.body(REVIEW_3, top=y)
    return notes_read(sheet.save())


def test_each_reviews_notes_after_it_are_notes_numbered_from_1_again_and_linked_to_its_own_calls(tmp_path):
    read = _reviews(tmp_path, ["Yves Renouard, Les relations des papes, Paris 1941.", "Camera Apostolica, 15.",
                               "So etwa S. 214."])
    assert [(key, label) for key, label, _, _ in read] == [("1", "1"), ("2", "2"), ("3", "1"), ("4", "2"), ("5", "3")]
    assert [text for _, _, text, _ in read] == [
        "Vgl. zuletzt Harald Witt, Die Saline, Lüneburg 2010.", "Stadtarchiv Lüneburg, Rechnungen.",
        "Yves Renouard, Les relations des papes, Paris 1941.", "Camera Apostolica, 15.", "So etwa S. 214."]
    assert [word for _, _, _, word in read] == ["Betrieben.", "Rechnungen.", "bekannt.", "Päpste", "Kardinäle."]


def test_small_lines_numbered_after_a_review_are_no_notes_where_its_calls_do_not_answer_them(tmp_path):
    read = _reviews(tmp_path, ["Yves Renouard, Les relations des papes, Paris 1941.", "Camera Apostolica, 15."])
    assert "Camera Apostolica, 15." not in [text for _, _, text, _ in read]

