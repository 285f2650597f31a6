"""Footnotes as journals print them that no layout round has shown: small PDFs drawn here, exact notes expected.

Each test breaks one thing the PDF reader could take for granted: notes counted
from 1 (an offprint or a review with one note numbered on from the volume's
count), a note block nearly at the body's size that shows every call's note on
the same page (the last one's may start overleaf), calls and labels raised, not
text printed as superscript digits, one raised run per call (`1, 2` calls two
notes), a note run over to the next page without a rule of its own over the
page's notes. Positions are PDF points from the top left; ``y`` is a baseline.
tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from histkit import read_document  # noqa: E402
from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, PAGE_H, RIGHT, Sheet, notes_read  # noqa: E402

FILLER = ["The negotiations in Belgrade went on for three weeks, and the delegates met",
          "almost every day in the old ministry building near the river; the minutes",
          "were kept by two secretaries who wrote in different languages. The record",
          "shows that neither side gave way on the question of the frontier posts."]


def test_a_lone_note_numbered_from_above_one_with_its_label_set_apart_is_read(tmp_path):
    sheet = Sheet(tmp_path / "lone.pdf")
    body = FILLER * 3
    body[2] = "were kept by two secretaries who wrote in different languages.^37 The record"
    sheet.body(body)
    sheet.footnotes([("37", ["Archives of Yugoslavia, fond 507, box 12, folder 3, minutes of 4 May 1951."])])
    sheet.folio("213")
    assert [(key, text, before) for key, _, text, before in notes_read(sheet.save())] == [
        ("37", "Archives of Yugoslavia, fond 507, box 12, folder 3, minutes of 4 May 1951.", "languages.")]


def test_a_lone_note_numbered_from_above_one_is_read_where_the_body_raises_its_call(tmp_path):
    sheet = Sheet(tmp_path / "lone_run.pdf")
    body = FILLER * 3
    body[2] = "were kept by two secretaries who wrote in different languages.^37 The record"
    sheet.body(body)
    sheet.rule(LEFT, LEFT + 144, 770 - NOTE_LEADING - 2)
    sheet.lines(LEFT, 770, ["37 Archives of Yugoslavia, fond 507, box 12."], size=NOTE_SIZE)  # label and words one run
    assert [(key, text, before) for key, _, text, before in notes_read(sheet.save())] == [
        ("37", "Archives of Yugoslavia, fond 507, box 12.", "languages.")]


def _near_body_page(sheet: Sheet, body: list[str], notes: list[tuple[str, list[str]]], size: float = 10.4) -> None:
    """Body lines, and notes at ``size`` (nearly the body's 11 pt) ending the page after a gap, with no rule."""
    sheet.body(body)
    y = 770 - (sum(len(lines) for _, lines in notes) - 1) * (size + 2)
    for label, lines in notes:
        y = sheet.note(LEFT, y, label, lines, size=size, leading=size + 2)


def test_a_near_body_size_note_block_whose_last_call_is_answered_overleaf_is_notes(tmp_path):
    sheet = Sheet(tmp_path / "overleaf.pdf")
    first = FILLER * 5
    first[2] = "were kept by two secretaries who wrote in different languages.^1 The record"
    first[9] = "almost every day in the old ministry building near the river;^2 the minutes"
    first[19] = "shows that neither side gave way on the question of the frontier posts.^3"
    _near_body_page(sheet, first, [("1", ["Archives of Yugoslavia, fond 507, box 12, folder 3."]),
                                   ("2", ["Ibid., box 13, minutes of 4 May."])])
    sheet.next_page()
    second = FILLER * 5
    second[5] = "almost every day in the old ministry building near the river;^4 the minutes"
    _near_body_page(sheet, second, [("3", ["Diplomatic Archive, Belgrade, PA 1951, f. 12."]),
                                    ("4", ["Ibid., f. 14."])])
    assert [(key, text, before) for key, _, text, before in notes_read(sheet.save())] == [
        ("1", "Archives of Yugoslavia, fond 507, box 12, folder 3.", "languages."),
        ("2", "Ibid., box 13, minutes of 4 May.", "river;"),
        ("3", "Diplomatic Archive, Belgrade, PA 1951, f. 12.", "posts."),
        ("4", "Ibid., f. 14.", "river;"),
    ]


def test_calls_and_labels_printed_as_superscript_digits_are_markers_and_a_units_power_is_not(tmp_path):
    sheet = Sheet(tmp_path / "glyphs.pdf")
    body = FILLER * 3
    body[2] = "were kept by two secretaries who wrote in different languages.¹ The record"
    body[5] = "almost every day in a building of 900 m² near the river;² the minutes"
    sheet.body(body)
    sheet.footnotes([("¹", ["Archives of Yugoslavia, fond 507."]), ("²", ["Ibid., box 13."])])
    path = sheet.save()
    assert [(key, text, before) for key, _, text, before in notes_read(path)] == [
        ("1", "Archives of Yugoslavia, fond 507.", "languages."), ("2", "Ibid., box 13.", "river;")]
    assert "900 m² near" in read_document(path).text


def _run_over_page(sheet: Sheet, full_rule: bool) -> None:
    """Page 1 ends in note 2, which runs over; page 2 sets its end over note 3 (under a rule across the column)."""
    first = FILLER * 5
    first[2] = "were kept by two secretaries who wrote in different languages.^1 The record"
    first[15] = "almost every day in the old ministry building near the river;^2 the minutes"
    sheet.body(first)
    sheet.footnotes([("1", ["Archives of Yugoslavia, fond 507."]),
                     ("2", ["Ibid., box 13, and the report of the", "delegation to the Federal Executive Council,"])])
    sheet.next_page()
    second = [line.replace("the", "a") for line in FILLER * 5]
    second[3] = "shows that neither side gave way on a question of the frontier posts.^3"
    sheet.body(second)
    if full_rule:
        sheet.rule(LEFT, RIGHT, 720 - NOTE_LEADING - 2)
    end = sheet.note(LEFT, 720, None, ["dated 12 May 1951, in the same box."])
    sheet.rule(LEFT, LEFT + 144, end - 2)
    sheet.note(LEFT, end + NOTE_LEADING, "3", ["Diplomatic Archive, PA 1951, f. 12."])


def test_a_note_run_over_under_a_rule_across_the_column_above_the_pages_own_notes_goes_on_with_its_note(tmp_path):
    sheet = Sheet(tmp_path / "runover.pdf")
    _run_over_page(sheet, full_rule=True)
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [
        ("1", "Archives of Yugoslavia, fond 507."),
        ("2", "Ibid., box 13, and the report of the delegation to the Federal Executive Council, "
              "dated 12 May 1951, in the same box."),
        ("3", "Diplomatic Archive, PA 1951, f. 12."),
    ]


def test_small_type_over_the_notes_rule_with_no_rule_over_it_stays_out_of_the_notes(tmp_path):
    sheet = Sheet(tmp_path / "quotation.pdf")
    _run_over_page(sheet, full_rule=False)
    assert [text for _, _, text, _ in notes_read(sheet.save())][1] == (
        "Ibid., box 13, and the report of the delegation to the Federal Executive Council,")


def test_a_number_opening_a_later_note_line_set_apart_does_not_restart_the_count(tmp_path):
    sheet = Sheet(tmp_path / "chaptered.pdf")
    body = FILLER * 3
    body[2] = "were kept by two secretaries who wrote in different languages.^7.1 The record"
    body[5] = "almost every day in the old ministry building near the river;^7.2 the minutes"
    sheet.body(body)
    lines = [("7.1", "Archives of Yugoslavia, fond 507, box 12."),
             ("7.2", "Zoran Ladić, „Oporučni legati”, Zbornik Odsjeka"), ("", "24"), ("", "(2006), str. 1–50.")]
    x = {"": LEFT + 20 + sheet.width("24 ", NOTE_SIZE)}
    for k, (label, words) in enumerate(lines):  # labels apart, the line's first word drawn on its own (justified)
        y = 740 + NOTE_LEADING * min(k, 2)
        sheet.line(LEFT, y, label, size=NOTE_SIZE)
        sheet.line(x[""] if k == 3 else LEFT + 20, y, words, size=NOTE_SIZE)
    sheet.rule(LEFT, LEFT + 144, 740 - NOTE_LEADING - 2)
    assert [(label, text) for _, label, text, _ in notes_read(sheet.save())] == [
        ("7.1", "Archives of Yugoslavia, fond 507, box 12."),
        ("7.2", "Zoran Ladić, „Oporučni legati”, Zbornik Odsjeka 24 (2006), str. 1–50."),
    ]


def test_the_calls_of_two_notes_raised_as_one_run_call_both(tmp_path):
    sheet = Sheet(tmp_path / "grouped.pdf")
    body = FILLER * 3
    y = sheet.body(body)
    end = sheet.line(LEFT, y, "The talks failed in the end.")
    sheet.canvas.setFont("DejaVuSerif", 6.5)  # `1, 2` drawn as one raised run, as some typesetters group calls
    sheet.canvas.drawString(end, PAGE_H - y + 4.5, "1, 2")
    sheet.line(end + sheet.width("1, 2", 6.5), y, " Both sides blamed the other.^3")
    sheet.footnotes([("1", ["Archives of Yugoslavia, fond 507."]), ("2", ["Ibid., box 13."]),
                     ("3", ["Ibid., box 14."])])
    assert [(key, before) for key, _, _, before in notes_read(sheet.save())] == [
        ("1", "end."), ("2", "end.1,"), ("3", "other.")]


def test_numbers_glued_to_words_on_the_line_call_the_notes_where_no_call_is_raised(tmp_path):
    sheet = Sheet(tmp_path / "superiors.pdf")
    body = FILLER * 3
    # a font's superior figures: drawn raised by their design, on the baseline and at the size of the line
    body[2] = "were kept by two secretaries who wrote in different languages.1 The record"
    body[6] = "were kept by two secretaries in 1951 who wrote in B52 languages,2 and the"
    sheet.body(body)
    sheet.footnotes([("1", ["Archives of Yugoslavia, fond 507."]), ("2", ["Ibid., box 13."])])
    assert [(key, before) for key, _, _, before in notes_read(sheet.save())] == [
        ("1", "languages."), ("2", "languages,")]


def test_numbers_glued_to_words_are_no_calls_where_the_document_raises_its_calls(tmp_path):
    sheet = Sheet(tmp_path / "raised.pdf")
    body = FILLER * 3
    body[2] = "were kept by two secretaries who wrote in different languages.^1 The record"
    body[6] = "were kept by two secretaries who wrote in B2 languages,^2 and the"
    sheet.body(body)
    sheet.footnotes([("1", ["Archives of Yugoslavia, fond 507."]), ("2", ["Ibid., box 13."])])
    assert [(key, before) for key, _, _, before in notes_read(sheet.save())] == [
        ("1", "languages."), ("2", "languages,")]
