"""Habits of real publishers' PDFs that a layout round of our own had not shown (seen on law and history articles
of Oxford, Brill and Lexxion journals): small PDFs drawn here, exact notes expected.

- Oxford sets its copyright and licence lines under a first page's notes a blank line below them, in type nearly
  the notes' size: page furniture, not a part of the last note;
- a page whose only note is a short `Ibid.` at the foot, where other pages end with an `Ibid.` note at the same
  height, is no running foot however its words recur;
- TCPDF (Lexxion) writes a negative font size under a text matrix turned half round: the two cancel, the text
  stands upright;
- Lexxion raises a note's label and the `th` of an ordinal after the note's first number to one baseline
  (`²⁰ 7ᵗʰ EAP`): two raised pieces, each the label or the ordinal's letters, not one raised line of text.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, PAGE_H, Sheet, _FONTS, notes_read  # noqa: E402


def test_a_licence_block_a_blank_line_under_the_notes_is_no_part_of_the_last_note(tmp_path):
    sheet = Sheet(tmp_path / "oup.pdf")
    sheet.body(["Honecker announced a new cultural policy.^1 It did not last.^2"])
    sheet.footnotes([("1", ["Honecker, 4. Tagung des Zentralkomitees der SED, 17 Dec. 1971."]),
                     ("2", ["Emmerich, Kleine Literaturgeschichte der DDR, p. 247."])], bottom=740)
    sheet.lines(LEFT, 760, ["© The Author(s) 2021. Published by Oxford University Press.",
                            "This is an Open Access article distributed under the terms of the CC BY licence."],
                size=NOTE_SIZE - 0.3, leading=NOTE_LEADING - 1)
    assert [text for _, _, text, _ in notes_read(sheet.save())] == [
        "Honecker, 4. Tagung des Zentralkomitees der SED, 17 Dec. 1971.",
        "Emmerich, Kleine Literaturgeschichte der DDR, p. 247."]


def test_a_pages_lone_ibid_note_at_the_height_where_other_pages_end_with_ibid_notes_is_a_note(tmp_path):
    sheet = Sheet(tmp_path / "ibid.pdf")
    number = 0
    for page, count in enumerate([2, 2, 1, 2, 2]):
        if page:
            sheet.next_page()
        sheet.running_head("Journal of Chinese Humanities 11 (2025) 109–124")
        calls = " ".join(f"Liang wrote it.^{number + k + 1}" for k in range(count))
        sheet.body([calls])
        sheet.footnotes([(str(number + k + 1), [f"Ibid., {17 + number + k}."]) for k in range(count)])
        number += count
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [
        (str(k + 1), f"Ibid., {17 + k}.") for k in range(9)]


def test_a_negative_font_size_under_a_matrix_turned_half_round_is_upright_text(tmp_path):
    sheet = Sheet(tmp_path / "tcpdf.pdf")
    text = sheet.canvas.beginText()
    text.setFont(_FONTS["serif"], -11)
    text.setTextTransform(-1, 0, 0, -1, LEFT, PAGE_H - 96)
    text.textOut("The Paris Agreement entered into force.")
    sheet.canvas.drawText(text)
    sheet.footnotes([("1", ["UNFCCC Dec 1/CP.21."])])
    from histkit import analyse_layout, read_document
    lay = analyse_layout(read_document(sheet.save()))
    assert [b.text for b in lay.blocks if b.zone == "body"] == ["The Paris Agreement entered into force."]


def glyph_by_glyph(sheet: Sheet, x: float, y: float, text: str, size: float, rise: float = 0.0) -> float:
    """Draw ``text`` one glyph per text object, each at its advance (as TCPDF writes Lexxion's journals)."""
    from reportlab.pdfbase import pdfmetrics
    for char in text:
        if char != " ":
            sheet.canvas.setFont(_FONTS["serif"], size)
            sheet.canvas.drawString(x, PAGE_H - y + rise, char)
        x += pdfmetrics.stringWidth(char, _FONTS["serif"], size)
    return x


def test_a_page_drawn_glyph_by_glyph_reads_its_words_numbers_and_raised_two_digit_calls(tmp_path):
    sheet = Sheet(tmp_path / "glyphs.pdf")
    x = glyph_by_glyph(sheet, LEFT, 96, "In 2015 the parties signed the Paris Agreement.", 11)
    glyph_by_glyph(sheet, x, 96, "14", 6.5, rise=4.5)
    x = glyph_by_glyph(sheet, LEFT, 110, "It entered into force in 2016.", 11)
    glyph_by_glyph(sheet, x, 110, "15", 6.5, rise=4.5)
    sheet.rule(LEFT, LEFT + 144, 748)
    glyph_by_glyph(sheet, LEFT, 760, "14 UNFCCC Dec 1/CP.21 (2015) para 11.", NOTE_SIZE)
    glyph_by_glyph(sheet, LEFT, 760 + NOTE_LEADING, "15 Ibid., para 111.", NOTE_SIZE)
    assert notes_read(sheet.save()) == [("14", "14", "UNFCCC Dec 1/CP.21 (2015) para 11.", "Agreement."),
                                        ("15", "15", "Ibid., para 111.", "2016.")]


def test_a_lists_c_item_after_a_blank_line_is_no_copyright_line_and_the_notes_under_it_stay_notes(tmp_path):
    sheet = Sheet(tmp_path / "list.pdf")  # (the list set in the notes' type, the notes under a rule)
    sheet.body(["The statement must contain the following disclosures:^1"])
    sheet.lines(LEFT, 130, ["(b) a description of the governance arrangements;"], size=NOTE_SIZE)
    sheet.lines(LEFT, 160, ["(c) a description of how the risks are managed.^2"], size=NOTE_SIZE)
    sheet.footnotes([("1", ["Ibid. at 6."]), ("2", ["LLPs Regulations 2022, reg. 4."])])
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [
        ("1", "Ibid. at 6."), ("2", "LLPs Regulations 2022, reg. 4.")]


def test_a_raised_label_and_a_raised_ordinal_on_one_note_line_are_the_label_and_the_ordinal(tmp_path):
    # (`20 7ᵗʰ EAP`, Lexxion: the label and the `th` raised to one baseline, the `7` between them on the line's)
    from reportlab.pdfbase import pdfmetrics

    from pdfmaker import NOTE_BOTTOM
    sheet = Sheet(tmp_path / "ordinal.pdf")
    sheet.body(["The programme set targets for 2020.^19 Its recitals restate them.^20"])
    first = NOTE_BOTTOM - NOTE_LEADING
    sheet.rule(LEFT, LEFT + 144, first - NOTE_LEADING - 2)

    def raised(x: float, y: float, text: str) -> float:
        sheet.canvas.setFont(_FONTS["serif"], 6.5)
        sheet.canvas.drawString(x, PAGE_H - y + 3.5, text)
        return x + pdfmetrics.stringWidth(text, _FONTS["serif"], 6.5)

    # labels raised, the note's words in the body's type (Lexxion's), the text set close after the label
    sheet.line(raised(LEFT, first, "19 ") + 3, first, "Decision 1386/2013/EU, art 2.", size=10)
    x = sheet.line(raised(LEFT, NOTE_BOTTOM, "20 ") + 1, NOTE_BOTTOM, "7", size=10)
    sheet.line(raised(x + 0.5, NOTE_BOTTOM, "th ") + 1, NOTE_BOTTOM, "EAP, Recitals 3 and 15.", size=10)
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [
        ("19", "Decision 1386/2013/EU, art 2."), ("20", "7th EAP, Recitals 3 and 15.")]


def test_notes_a_space_apart_in_two_columns_whose_notes_start_level_are_one_foot(tmp_path):
    # (Lexxion's CCLR: two note columns under two body columns, notes 7 pt on 8 pt lines, about 5 pt between notes;
    # where both columns' notes start on one height the step up is wider than the lines below, and had ended the
    # notes there: the notes above it became body text)
    sheet = Sheet(tmp_path / "spaced.pdf")
    middle = (LEFT + 523.0) / 2
    filler = ["The Paris Agreement Work Plan", "sets out how the global stocktake"] * 12
    sheet.body(filler + ["They agreed on a stocktake.^1 Its", "tools^2 were made^3 in^4 Bangkok.^5"], limit=middle - 8)
    sheet.body(filler + ["Finance flows^6 are a goal of the", "agreement.^7 Parties are unsure.^8"], x=middle + 8)
    words = ("Decision 1/CP.21 para 43; Bodle and Oberthur 96; Gastelumendi and Gnittke 249 note the potential "
             "of the Paris Decision including enabling environments in the 2016 facilitative dialogue, but it does "
             "not seem to have started a constructive debate; see UNFCCC Additional tool under item 6 of the agenda "
             "relating to the global stocktake referred to in Article 14 of the Paris Agreement").split()
    left = [("1", 630.0, 1), ("2", 643.6, 5), ("3", 688.8, 1), ("4", 701.9, 1), ("5", 715.1, 1)]
    right = [("6", 627.1, 7), ("7", 687.1, 3), ("8", 715.1, 1)]
    expected = []
    for x, notes in ((LEFT, left), (middle + 8, right)):
        for label, y, count in notes:
            lines, words = [" ".join(words[6 * k:6 * k + 6]) for k in range(count)], words[6 * count:] + words[:6 * count]
            sheet.note(x, y, label, lines, size=7, leading=8, limit=x + middle - LEFT - 8)
            expected.append((label, " ".join(lines)))
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == expected


@pytest.mark.parametrize("apart", [False, True])
def test_tex_quotes_in_a_text_layer_are_typographic_double_quotes(tmp_path, apart):
    # (Kluwer's European Energy and Environmental Law Review: ``Title'' in the text layer, drawn whole or glyph by glyph)
    sheet = Sheet(tmp_path / "quotes.pdf")
    text = "Helm, ``The European Framework for Energy'' 2014 (64) Energy Policy 29."
    if apart:
        glyph_by_glyph(sheet, LEFT, 96, text, 11)
    else:
        sheet.body([text])
    from histkit import read_document
    assert read_document(sheet.save()).text == "Helm, “The European Framework for Energy” 2014 (64) Energy Policy 29.\n"


def test_a_folio_under_the_notes_of_a_small_page_printed_on_a_larger_sheet_is_no_part_of_a_note(tmp_path):
    # (Firenze UP's Diacronie reprint: an A5 text block on Letter paper, the folio centred under the notes at 70 % of the
    # sheet's height, outside the sheet's bottom band, on every page; read as the note's last word, and the next page's
    # note ran on)
    sheet = Sheet(tmp_path / "small.pdf")
    notes = [[("1", "J.-J. Rousseau, Du contrat social, Geneva 1947, p. 235."),
              ("2", "É. Durkheim, The Elementary Forms, New York 1915, p. 241.")],
             [("3", "M. Ozouf, La fête révolutionnaire, Paris 1976, p. 337."),
              ("4", "«Journal des hommes libres de tous les pays», No. 82, 22 January 1793.")],
             [("5", "Ibid., p. 338."), ("6", "L. Hunt, Politics, Culture, and Class, Berkeley 1984, p. 27.")]]
    for page, pair in enumerate(notes):
        if page:
            sheet.next_page()
        sheet.running_head("LYNN HUNT")
        sheet.body([f"The Revolution was a moment of acceleration.^{pair[0][0]} It began anew.^{pair[1][0]}"])
        sheet.footnotes([(label, [text]) for label, text in pair], bottom=530)
        sheet.canvas.setFont(_FONTS["serif"], NOTE_SIZE)
        sheet.canvas.drawCentredString(300, PAGE_H - 553, str(74 + page))
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [note for pair in notes for note in pair]
