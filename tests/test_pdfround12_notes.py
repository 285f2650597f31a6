"""Footnotes as more journals print them (round 12 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 12
(`tests/fixtures/generality/round12/layout/`): calls and labels raised with a
closing parenthesis, `¹⁾`, as older Russian and German journals print them,
drawn in one piece or with the parenthesis apart; and one left over from
round 11: an edition's note set under its passage at the foot of a page that
runs on to the head of the next. Positions are PDF points from the top left;
``y`` is a baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import (  # noqa: E402
    BODY_LEADING, BODY_TOP, LEFT, MARKER_RISE, MARKER_SIZE, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read,
)

from histkit import analyse_layout, read_document  # noqa: E402


def test_calls_and_labels_raised_with_a_closing_parenthesis_are_numbered_calls_and_labels(tmp_path):
    sheet = Sheet(tmp_path / "supclose.pdf")
    sheet.body(["Дело о перевозе у Старицы,^1) заключает подробности о доходе.^2) Овсянников",
                "в своём очерке^3) упоминает его мимоходом."])
    sheet.footnotes([("1)", ["Архив губернского правления, стол 2, дело № 1147."]), ("2)", ["Там же, л. 22 об."]),
                     ("3)", ["Овсянников, ук. соч., стр. 52."])], raised_labels=True)
    path = sheet.save()
    assert notes_read(path) == [
        ("1", "1", "Архив губернского правления, стол 2, дело № 1147.", "Старицы,"),
        ("2", "2", "Там же, л. 22 об.", "доходе."),
        ("3", "3", "Овсянников, ук. соч., стр. 52.", "очерке"),
    ]
    lay = analyse_layout(read_document(path))
    # the parenthesis stays in the text after the call, as printed
    assert [lay.doc.text[n.marker_start:n.marker_start + 3] for n in lay.notes] == ["1) ", "2) ", "3) "]


def raised_apart(sheet: Sheet, x: float, y: float, number: str, size: float = MARKER_SIZE) -> float:
    """A raised number, then its closing parenthesis drawn as a piece of its own (another operator)."""
    x = sheet.line(x, y - MARKER_RISE, number, size=size)
    return sheet.line(x, y - MARKER_RISE, ")", size=size)


def test_a_closing_parenthesis_drawn_apart_from_its_raised_number_leaves_the_call_and_the_label_whole(tmp_path):
    sheet = Sheet(tmp_path / "apart.pdf")
    end = sheet.line(LEFT, BODY_TOP, "Правление решило спор в пользу думы,")
    end = raised_apart(sheet, end, BODY_TOP, "1")
    end = sheet.line(end, BODY_TOP, " и перевоз сдан откупщику.")
    raised_apart(sheet, end, BODY_TOP, "2")
    y = 740.0
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    for number, text in (("1", "Дело № 1150, л. 6."), ("2", "Там же, л. 8.")):
        raised_apart(sheet, LEFT, y + 1.5, number, size=5.5)
        sheet.line(LEFT + 14, y, text, size=NOTE_SIZE)
        y += NOTE_LEADING
    assert notes_read(sheet.save()) == [
        ("1", "1", "Дело № 1150, л. 6.", "думы,"),
        ("2", "2", "Там же, л. 8.", "откупщику."),
    ]


FILLER = ["Tekst isprave ide dalje redom, kako ga je zapisao bilježnik."] * 38


def edition(sheet: Sheet, last_note: list[str], then_body: list[str] = ()) -> None:
    """Page 1 of an edition: two calls, their notes under the passage at the foot (the last one ``last_note``),
    ``then_body`` after them; page 2 opens with ``Istom fondu …`` in the notes' type, then a document whose
    note 3 stands under it and the text after that."""
    sheet.running_head("Izvori")
    y = sheet.body(["Ovdje objavljujemo isprave iz spisa zadarskih bilježnika.^1",
                    "Plemeniti gospodin Šimun Begna,^2 građanin zadarski, daje u zakup solanu."] + FILLER)
    y = sheet.lines(LEFT, y + 4, ["1. HR-DAZD, fond 31, Spisi zadarskih bilježnika, kut. 88.", *last_note],
                    size=NOTE_SIZE, leading=NOTE_LEADING)
    if then_body:
        sheet.body(list(then_body), top=y + 6)
    sheet.next_page()
    sheet.running_head("Izvori")
    y = sheet.lines(LEFT, 96, ["istom fondu, kut. 91, sv. 2, f. 14v."], size=NOTE_SIZE, leading=NOTE_LEADING)
    y = sheet.body(["2. Potvrda isplate, Zadar, 30. rujna 1466.", "Šimun Begna priznaje da je primio zakupninu.^3"],
                   top=y + BODY_LEADING)
    y = sheet.lines(LEFT, y + 4, ["3. HR-DAZD, fond 31, kut. 89."], size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.body(["3. Oporuka, Zadar, 1480.", "Katarina, udovica Šimuna Begne, ostavlja solanu sinovima."],
               top=y + BODY_LEADING)


def body_of(path) -> list[str]:
    return [b.text for b in analyse_layout(read_document(path)).blocks if b.zone == "body"]


def test_an_editions_note_that_ends_a_page_runs_on_to_the_small_lines_heading_the_next(tmp_path):
    sheet = Sheet(tmp_path / "runover.pdf")
    edition(sheet, ["2. Riječ je o Šimunu Begni, koji se u ispravama spominje od 1462. godine, a",
                    "umro je prije 1480., kako svjedoči oporuka njegove žene Katarine, sačuvana u"])
    path = sheet.save()
    assert notes_read(path) == [
        ("1", "1", "HR-DAZD, fond 31, Spisi zadarskih bilježnika, kut. 88.", "bilježnika."),
        ("2", "2", "Riječ je o Šimunu Begni, koji se u ispravama spominje od 1462. godine, a umro je prije 1480., kako "
                   "svjedoči oporuka njegove žene Katarine, sačuvana u istom fondu, kut. 91, sv. 2, f. 14v.", "Begna,"),
        ("3", "3", "HR-DAZD, fond 31, kut. 89.", "zakupninu."),
    ]
    assert not any("istom fondu" in text for text in body_of(path))


def test_small_lines_heading_a_page_stay_text_where_the_page_before_ends_in_text(tmp_path):
    sheet = Sheet(tmp_path / "text_after.pdf")
    edition(sheet, ["2. Riječ je o Šimunu Begni, koji se u ispravama spominje od 1462. godine, a",
                    "umro je prije 1480., kako svjedoči oporuka njegove žene Katarine, sačuvana u"],
            then_body=["Bilježnik zatim navodi svjedoke."])
    path = sheet.save()
    assert [text for _, _, text, _ in notes_read(path)][1].endswith("sačuvana u")
    assert "istom fondu, kut. 91, sv. 2, f. 14v." in body_of(path)


def test_small_lines_heading_a_page_stay_text_in_an_article_with_its_notes_at_the_foot(tmp_path):
    sheet = Sheet(tmp_path / "footnotes.pdf")
    sheet.body(["Općinsko vijeće sastalo se dvaput.^1 Zapisnici su sačuvani."] + FILLER)
    sheet.footnotes([("1", ["DAZD, fond 14, kut. 3, br. 112/1883, zapisnik sjednice općinskog vijeća, koji se",
                            "nastavlja u"])])
    sheet.next_page()
    y = sheet.lines(LEFT + 20, 96, ["»da se sol prodaje po staroj cijeni«,"], size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.body(["kako stoji u zapisniku."], top=y + 6)
    path = sheet.save()
    assert [text for _, _, text, _ in notes_read(path)] == [
        "DAZD, fond 14, kut. 3, br. 112/1883, zapisnik sjednice općinskog vijeća, koji se nastavlja u"]
    assert any(text.startswith("»da se sol prodaje") for text in body_of(path))
