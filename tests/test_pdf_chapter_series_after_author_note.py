"""Two chapters of a book, each opening with its author's unnumbered `*` note and its footnotes numbered from 1.

An edited volume prints each chapter's notes from 1 again, and a chapter's first page often carries an
unnumbered note on its author (`*`), set first at the foot. That `*` note stands between the first chapter's last
note and the second chapter's note 1; it must not hide that the numbers start again (round 34 of layouts).
tests/pdfmaker.py draws the lines; positions are PDF points from the top left, ``y`` a baseline.
"""

from __future__ import annotations

import pytest

from histkit.layout import number_notes

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_TOP, LEFT, Sheet, notes_read  # noqa: E402


def test_a_series_from_1_again_after_a_symbol_note_is_counted_on():
    assert number_notes(["*", "1", "2", "*", "1", "2"]) == ["*", "1", "2", "*.2", "3", "4"]


def test_a_number_after_a_symbol_note_that_goes_on_with_the_series_is_not_a_new_series():
    assert number_notes(["1", "2", "*", "3", "1"]) == ["1", "2", "*", "3", "4"]


def chapter(sheet: Sheet, title: str, author: str, body: list[str], notes: list[tuple[str, list[str]]]) -> None:
    sheet.line(LEFT, BODY_TOP, title, font="bold", size=14)
    sheet.line(LEFT, BODY_TOP + 24, author)
    sheet.body(body, top=BODY_TOP + 60)
    sheet.footnotes(notes, raised_labels=True)


def test_the_second_chapters_notes_after_its_author_note_are_counted_on_not_joined_to_the_first(tmp_path):
    sheet = Sheet(tmp_path / "volume.pdf")
    chapter(sheet, "The Salt Works and the Court", "Anna Berg^*",
            ["The salt works at Hall paid for the court's debts.^1 The chamber",
             "protested in vain.^2 Its accounts survive for almost every year."],
            [("*", ["Anna Berg teaches history at the University of Innsbruck."]),
             ("1", ["Tiroler Landesarchiv, Salzmairamt, Raitbuch 1497, fol. 33v."]),
             ("2", ["Ibid., fol. 41r."])])
    sheet.folio("57")
    sheet.next_page()
    chapter(sheet, "Salt Carriers at the Reschen Pass", "Stefan Aigner^*",
            ["The carriers who crossed the pass were mostly peasants.^1 Their",
             "number can be estimated from the toll books of Nauders.^2"],
            [("*", ["This chapter was first given as a paper at Hall in October 2019."]),
             ("1", ["Josef Riedmann, Säumer im Vinschgau, Der Schlern 58 (1984), 311–26."]),
             ("2", ["Tiroler Landesarchiv, Zollbücher Nauders 1521–1599."])])
    sheet.folio("58")
    numbered = [(no, label, text, before) for no, label, text, before in notes_read(sheet.save()) if no.isdigit()]
    assert numbered == [
        ("1", "1", "Tiroler Landesarchiv, Salzmairamt, Raitbuch 1497, fol. 33v.", "debts."),
        ("2", "2", "Ibid., fol. 41r.", "vain."),
        ("3", "1", "Josef Riedmann, Säumer im Vinschgau, Der Schlern 58 (1984), 311–26.", "peasants."),
        ("4", "2", "Tiroler Landesarchiv, Zollbücher Nauders 1521–1599.", "Nauders."),
    ]
