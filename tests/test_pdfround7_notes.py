"""Footnotes and folios as more journals print them (round 7 of layouts): small PDFs drawn here, exact tables expected.

Each test draws one habit of a page seen in the layouts of round 7
(`tests/fixtures/generality/round7/layout/`): note labels in parentheses
`(1)` at a first-line indent, folios in Roman numerals (`CCXIII` at page 1's
foot, `CCXIV` beside the running head overleaf), endnotes labelled `(1)`,
raised calls and labels in parentheses, and a note whose number is raised
at two places of the body (one note, two calls). Positions are PDF points from the top left; ``y`` is a baseline.
tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import HEAD_SIZE, HEAD_Y, LEFT, NOTE_LEADING, NOTE_SIZE, PAGE_H, PAGE_W, Sheet  # noqa: E402

from histkit import analyse_layout, build_tables, read_document  # noqa: E402

INDENT = 12.0  # a note's label stands this far in; its later lines start at the margin


def notes(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def parenthesised(sheet: Sheet, y: float, notes_: list[tuple[str, list[str]]]) -> None:
    """Notes labelled `(n)` at a first-line indent, their later lines at the margin, under a short rule."""
    sheet.rule(LEFT, LEFT + 100, y - NOTE_LEADING - 2)
    for label, lines in notes_:
        for k, text in enumerate(lines):
            sheet.line(LEFT + INDENT if k == 0 else LEFT, y, f"{label} {text}" if k == 0 else text, size=NOTE_SIZE)
            y += NOTE_LEADING


def test_note_labels_in_parentheses_start_notes_and_their_calls_are_linked(tmp_path):
    sheet = Sheet(tmp_path / "parentheses.pdf")
    sheet.body(["Извештаји окружних начелника^1 показују да је општина одбијала да",
                "плаћа учитеља.^2 Ђурић је то описао као „тиху опструкцију”.^3"])
    parenthesised(sheet, 700, [
        ("(1)", ["Архив Србије (даље: АС), Министарство просвете, ф. 4, р. 118/1861, и ф. 5, р. 12/1862,",
                 "с прилозима."]),
        ("(2)", ["Исто, р. 131/1861."]),
        ("(3)", ["Милан Ђурић, Школство у Кнежевини Србији, Београд 1972, 144."]),
    ])
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.label, n.text) for n in lay.notes] == [
        ("1", "1", "Архив Србије (даље: АС), Министарство просвете, ф. 4, р. 118/1861, и ф. 5, р. 12/1862, "
                   "с прилозима."),
        ("2", "2", "Исто, р. 131/1861."),
        ("3", "3", "Милан Ђурић, Школство у Кнежевини Србији, Београд 1972, 144."),
    ]
    assert [lay.doc.text[:n.marker_start].rsplit(None, 1)[-1] for n in lay.notes] == [
        "начелника", "учитеља.", "опструкцију”."]


def test_a_parenthesis_left_open_is_no_label(tmp_path):
    sheet = Sheet(tmp_path / "open_parenthesis.pdf")
    sheet.body(["The county protested.^1 The minutes record it.^2"])
    parenthesised(sheet, 720, [("(1)", ["Uo. 1836. 418. sz., the protest of the county, with the minutes of the",
                                        "(2 pages) session."]),
                               ("(2)", ["Uo. 1837."])])
    assert notes(sheet.save()) == [
        ("1", "Uo. 1836. 418. sz., the protest of the county, with the minutes of the (2 pages) session."),
        ("2", "Uo. 1837."),
    ]


def test_endnotes_labelled_in_parentheses_after_the_text_are_notes(tmp_path):
    sheet = Sheet(tmp_path / "endnotes.pdf")
    y = sheet.body(["Le conseil refusa la dépense.^1 Le préfet insista.^2 Le ministre trancha.^3"])
    for label, text in [("(1)", "AD Gironde, 2 O 118."), ("(2)", "Ibid., lettre du 3 mai 1861."),
                        ("(3)", "AN, F17 9310.")]:
        y += NOTE_LEADING
        sheet.line(LEFT, y, f"{label} {text}", size=NOTE_SIZE)
    assert notes(sheet.save()) == [("1", "AD Gironde, 2 O 118."), ("2", "Ibid., lettre du 3 mai 1861."),
                                   ("3", "AN, F17 9310.")]


def test_folios_in_roman_numerals_and_the_running_head_beside_one_are_running_heads(tmp_path):
    sheet = Sheet(tmp_path / "roman.pdf")
    sheet.body(["Оснивање основних школа сведочи о борби између управе и општина.^1"] +
               ["Државни савет је 1862. године расправљао о плати учитеља."] * 30)
    parenthesised(sheet, 720, [("(1)", ["АС, МПс, ф. 4, р. 118/1861."])])
    sheet.folio("CCXIII")
    sheet.next_page()
    sheet.canvas.setFont("DejaVuSerif", HEAD_SIZE)
    sheet.canvas.drawString(LEFT, PAGE_H - HEAD_Y, "CCXIV")
    sheet.canvas.drawCentredString(PAGE_W / 2, PAGE_H - HEAD_Y, "Драгана Петровић")
    sheet.body(["Тек после 1868. године положај учитеља постаје стабилнији.^2"] +
               ["Разлике међу окрузима остале су велике све до краја века."] * 30)
    parenthesised(sheet, 760, [("(2)", ["Ђурић, нав. дело, 160–162."])])
    lay = analyse_layout(read_document(sheet.save()))
    assert sorted((b.page, b.text) for b in lay.blocks if b.zone == "running_head") == [
        (1, "CCXIII"), (2, "CCXIV"), (2, "Драгана Петровић")]
    assert [(n.note_no, n.page, n.text) for n in lay.notes] == [
        ("1", 1, "АС, МПс, ф. 4, р. 118/1861."), ("2", 2, "Ђурић, нав. дело, 160–162.")]


def test_a_note_called_twice_is_one_note_with_its_later_call_kept_in_order(tmp_path):
    sheet = Sheet(tmp_path / "twice.pdf")
    sheet.body(["Na hoibreacha poiblí: tuairiscí an Bhoird Oibreacha Poiblí^1 agus liostaí",
                "na n-oibrithe.^2 Sna tuairiscí céanna,^1 áfach, ní luaitear na mná."])
    sheet.footnotes([("1", ["CNÉ, Tuairiscí an Bhoird Oibreacha Poiblí, 1847, bosca 14."]),
                     ("2", ["Ó Dúill, op. cit., lch 101."])])
    path = sheet.save()
    lay = analyse_layout(read_document(path))
    assert [(n.note_no, n.text) for n in lay.notes] == [
        ("1", "CNÉ, Tuairiscí an Bhoird Oibreacha Poiblí, 1847, bosca 14."), ("2", "Ó Dúill, op. cit., lch 101.")]
    before = [[lay.doc.text[:start].rsplit(None, 1)[-1] for start in (n.marker_start, *n.later_marker_starts)]
              for n in lay.notes]
    assert before == [["Poiblí", "céanna,"], ["n-oibrithe."]]
    assert [w.message for w in lay.warnings if "twice" in w.message or "called" in w.message] == []
    table = build_tables([read_document(path)])["notes"]
    first, again = lay.notes[0].marker_start, lay.notes[0].later_marker_starts[0]
    assert table[["note_no", "marker_start", "later_marker_starts"]].values.tolist() == [
        ["1", first, str(again)], ["2", lay.notes[1].marker_start, ""]]


def test_raised_calls_and_labels_in_parentheses_are_markers_and_the_body_keeps_the_parentheses(tmp_path):
    sheet = Sheet(tmp_path / "raised.pdf")
    sheet.body(["Le conseil municipal refusa la dépense.^(1) Le préfet insista auprès du maire^(2) et",
                "le ministre trancha en 1862.^(3)"])
    sheet.footnotes([("(1)", ["AD Gironde, 2 O 118, délibération du 4 mars 1861."]),
                     ("(2)", ["Ibid., lettre du préfet, 3 mai 1861."]), ("(3)", ["AN, F17 9310."])],
                    raised_labels=True)
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.label, n.text) for n in lay.notes] == [
        ("1", "(1)", "AD Gironde, 2 O 118, délibération du 4 mars 1861."),
        ("2", "(2)", "Ibid., lettre du préfet, 3 mai 1861."), ("3", "(3)", "AN, F17 9310.")]
    # the parentheses set the call off: they are the call's (its mark and label), not the word's (round 11's gold)
    assert [lay.doc.text[n.marker_start:n.marker_start + 3] for n in lay.notes] == ["(1)", "(2)", "(3)"]
    assert [b.text for b in lay.blocks if b.zone == "body"] == [
        "Le conseil municipal refusa la dépense.(1) Le préfet insista auprès du maire(2) et le ministre trancha en "
        "1862.(3)"]
