"""A web journal's page printed to PDF (round 31 of layouts): its notes gathered after the text, read whole.

The notes stand as a list after the text with a back-link to each call (`↑` opening a note, `↩` closing it), and a
page break may cut the list, which goes on at the head of the next page before the bibliography; calls may be
bracketed links on the line, which the browser wraps to a line's start like a word. The pages are drawn here, small
and invented; the round's own PDFs keep their figure in ``tests/test_generality.py``.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, BODY_TOP, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

BODY = ["The dockers of the port stopped work in April 1857,^1 and the police chief",
        "wrote to the governor the same evening.^2 The strike lasted a week, and",
        "the town council then ordered every porter to wear a numbered badge.^3",
        "The badges were handed out for two more years,^4 though many porters",
        "went on working without one, with the merchants' silent consent."]


def _web_page(tmp_path, opens: str = "↑ ", closes: str = "", small_bibliography: bool = False) -> object:
    """Two printed pages: the text and the head of the notes list at page 1's foot, its rest at page 2's head."""
    sheet = Sheet(tmp_path / "printed.pdf")
    sheet.body(BODY)
    sheet.line(LEFT, 640, "Notes", font="bold")
    y = 700.0
    for label, lines in [("1.", [f"Police records, box 6254, letter of 4 April 1857.{closes}"]),
                         ("2.", [f"Ibidem, letter to the governor.{closes}"]),
                         ("3.", ["Council minutes, book 9, sitting of 19 June 1857; the badge cost"])]:
        y = sheet.note(LEFT, y, label, [opens + lines[0]] + lines[1:])
    sheet.line(LEFT + 14, y, "two days' pay.", size=NOTE_SIZE)
    sheet.next_page()
    y = sheet.note(LEFT, BODY_TOP - 20, None, [f"a porter's wages.{closes}"])
    sheet.note(LEFT, y, "4.", [f"{opens}Police records, box 6256, badges handed out, 1858.{closes}"])
    sheet.line(LEFT, y + 3 * NOTE_LEADING, "Bibliography", font="bold")
    entries = ["Reis, João José. The Porters' Strike. 2019. 488 p.", "Fraga, Walter. Beggars and Vagrants. 1996."]
    if small_bibliography:  # (set a little larger than the notes, smaller than the text, at the page's foot)
        sheet.lines(LEFT, 740, entries, size=9.5, leading=12)
    else:
        sheet.body(entries, top=y + 3 * NOTE_LEADING + BODY_LEADING)
    return sheet.save()


def test_a_note_list_cut_by_a_page_break_goes_on_at_the_next_pages_head(tmp_path):
    read = notes_read(_web_page(tmp_path))
    assert [key for key, *_ in read] == ["1", "2", "3", "4"]
    assert read[2][2].endswith("the badge cost two days' pay. a porter's wages.")
    assert read[3][2] == "Police records, box 6256, badges handed out, 1858."
    assert [word for *_, word in read] == ["1857,", "evening.", "badge.", "years,"]


def test_a_back_link_opening_every_note_is_no_word_of_it(tmp_path):
    read = notes_read(_web_page(tmp_path))
    assert read[0][2] == "Police records, box 6254, letter of 4 April 1857."
    assert not any("↑" in text for _, _, text, _ in read)


def test_a_back_link_closing_every_note_is_no_word_of_it(tmp_path):
    read = notes_read(_web_page(tmp_path, opens="", closes=" ↩"))
    assert read[3][2] == "Police records, box 6256, badges handed out, 1858."
    assert read[2][2].endswith("a porter's wages.")


@pytest.mark.parametrize("small", [False, True])
def test_the_bibliography_after_the_notes_stays_out_of_them(tmp_path, small):
    read = notes_read(_web_page(tmp_path, small_bibliography=small))
    assert [key for key, *_ in read] == ["1", "2", "3", "4"]
    assert not any("Reis" in text or "Bibliography" in text for _, _, text, _ in read)


def test_a_bracketed_call_the_browser_wrapped_to_a_lines_start_is_a_call(tmp_path):
    sheet = Sheet(tmp_path / "bracketed.pdf")
    sheet.body(["The dockers stopped work in April 1857 [1] and the press compared them to",
                "hired dogs,", "[2] while a police officer complained of the merchants [3].",
                "The council revised the rule in June."])
    sheet.footnotes([("1", ["Police records, box 6254."]), ("2", ["Jornal da Bahia, 5 June 1857."]),
                     ("3", ["Police records, box 6255."])])
    read = notes_read(sheet.save())
    assert [(key, word) for key, _, _, word in read] == [("1", "1857"), ("2", "dogs,"), ("3", "merchants")]


def test_a_list_of_notes_in_the_texts_type_labelled_in_brackets_ends_at_the_bold_heading_after_it(tmp_path):
    # (Érudit's and Cairn's manner: `[1]` calls on the line, `[1]` labels under `Notes`, then `Bibliography`)
    sheet = Sheet(tmp_path / "erudit.pdf")
    y = sheet.body(["The dockers stopped work in April 1857,[1] and the police chief wrote to",
                    "the governor the same evening.[2] The strike lasted a week, and the",
                    "council then ordered every porter to wear a numbered badge.[3]"])
    sheet.line(LEFT, y + BODY_LEADING, "Notes", font="bold")
    y = sheet.lines(LEFT, y + 2 * BODY_LEADING, ["[1] Police records, box 6254, letter of 4 April 1857.",
                                                 "[2] Ibidem, letter to the governor.",
                                                 "[3] Council minutes, book 9, sitting of 19 June 1857."])
    sheet.line(LEFT, y + BODY_LEADING, "Bibliography", font="bold")
    sheet.lines(LEFT, y + 2 * BODY_LEADING, ["Reis, João José. The Porters' Strike. 2019. 488 p."])
    read = notes_read(sheet.save())
    assert [(key, text, word) for key, _, text, word in read] == [
        ("1", "Police records, box 6254, letter of 4 April 1857.", "1857,"),
        ("2", "Ibidem, letter to the governor.", "evening."),
        ("3", "Council minutes, book 9, sitting of 19 June 1857.", "badge.")]


def test_a_line_of_the_open_note_opening_with_a_number_of_its_own_stays_in_that_note_overleaf(tmp_path):
    # (`… fol.` + `33. …` wrapped so on both pages: the number goes on with the note; the next note is 3)
    sheet = Sheet(tmp_path / "numbered_line.pdf")
    sheet.body(["The dockers stopped work in April 1857,^1 and the police chief wrote to",
                "the governor the same evening.^2 The council then ordered a badge.^3"])
    sheet.line(LEFT, 640, "Notes", font="bold")
    y = sheet.note(LEFT, 700, "1.", ["Police records, box 6254, a letter of 4 April 1857, fol.",
                                     "12. and the draft of the reply."])
    sheet.note(LEFT, y, "2.", ["Ibidem, the governor's answer, fol."])
    sheet.next_page()
    y = sheet.note(LEFT, BODY_TOP - 20, None, ["33. and fol. 34."])
    y = sheet.note(LEFT, y, "3.", ["Council minutes, book 9, sitting of 19 June 1857."])
    sheet.line(LEFT, y + 2 * NOTE_LEADING, "Bibliography", font="bold")
    sheet.body(["Reis, João José. The Porters' Strike. 2019."], top=y + 2 * NOTE_LEADING + BODY_LEADING)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Police records, box 6254, a letter of 4 April 1857, fol. 12. and the draft of the reply."),
        ("2", "Ibidem, the governor's answer, fol. 33. and fol. 34."),
        ("3", "Council minutes, book 9, sitting of 19 June 1857.")]


def test_a_page_without_notes_after_a_page_with_footnotes_is_read_as_ever(tmp_path):
    sheet = Sheet(tmp_path / "plain.pdf")
    sheet.body(["The dockers stopped work in April 1857,^1 and the police chief wrote to"])
    sheet.footnotes([("1", ["Police records, box 6254."])])
    sheet.next_page()
    sheet.body(["The strike lasted a week, and the council then ordered a badge."])
    sheet.next_page()
    sheet.body(["The badges were handed out for two more years."])
    assert [(key, text) for key, _, text, _ in notes_read(sheet.save())] == [("1", "Police records, box 6254.")]


def test_a_raised_call_whose_figures_a_browser_drew_one_by_one_is_one_number(tmp_path):
    # (Chromium draws a link's `11` glyph by glyph; the ink of two narrow `1`s leaves a gap like a thin space)
    sheet = Sheet(tmp_path / "glyphs.pdf")
    lines = [f"Line {k} of the text, which calls its note here.^{k}" for k in range(1, 11)]
    end = sheet.body(lines + ["The porters' wages were low"])
    c = sheet.canvas
    x = LEFT + sheet.width("The porters' wages were low", 11.0) + 1
    for at in (x, x + sheet.width("1", 6.5) + 0.5):  # (each figure a text object of its own, just past the other)
        c.setFont("DejaVuSerif", 6.5)
        c.drawString(at, 842.0 - (end - BODY_LEADING) + 4.5, "1")
    sheet.footnotes([(str(k), [f"Archives, box {k}."]) for k in range(1, 12)])
    read = notes_read(sheet.save())
    assert [(key, word) for key, _, _, word in read][-2:] == [("10", "here."), ("11", "low")]


def test_a_number_out_of_turn_opening_a_line_of_a_note_that_runs_on_opens_no_note(tmp_path):
    # (a web page's notes keep their lines at the label's edge; a browser draws each word apart: `… du` + `12 mars`)
    sheet = Sheet(tmp_path / "out_of_turn.pdf")
    sheet.body(["The deputies of commerce feared the ruin of the coral fishery.^1 The",
                "company held the privilege^2 and hired the masters of the boats.^12"])
    y = 700.0
    for words in (["1", "Archives of the chamber of commerce, series L IX, 184, letter of the deputies of the"],
                  ["12", "March 1731, with the draft of the answer."],
                  ["2", "Paul Masson, History of the French establishments, Paris, 1903, p. 411."]):
        sheet.line(LEFT, y, words[0], size=NOTE_SIZE)
        sheet.line(LEFT + sheet.width(words[0] + " ", NOTE_SIZE), y, words[1], size=NOTE_SIZE)
        y += NOTE_LEADING
    sheet.rule(LEFT, LEFT + 144, 700 - NOTE_LEADING - 2)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read][:2] == [
        ("1", "Archives of the chamber of commerce, series L IX, 184, letter of the deputies of the 12 March 1731, "
              "with the draft of the answer."),
        ("2", "Paul Masson, History of the French establishments, Paris, 1903, p. 411.")]


def test_a_parallel_columns_copy_of_a_note_still_opens_with_its_number_after_a_note_that_runs_on(tmp_path):
    # (a bilingual edition prints each note twice, side by side: a number out of turn there is the copy's label)
    sheet = Sheet(tmp_path / "bilingual.pdf")
    sheet.body(["Der Rat beriet im März 1529 über das Almosen,^1 das die Pfleger austeilten.^2"])
    sheet.rule(LEFT, LEFT + 144, 722)
    for x, notes in ((LEFT, [("1", ["Stadtarchiv, C 7/I Nr. 2214, Protokoll", "der Ratssitzung vom 4. März und"]),
                             ("2", ["Ebd., fol. 12r."])]),
                     (305.0, [("1", ["City archives, C 7/I no. 2214, minutes", "of the council of 4 March and"]),
                              ("2", ["Ibid., fol. 12r."])])):
        y = 740.0
        for label, lines in notes:
            y = sheet.note(x, y, label, lines, limit=x + 210)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Stadtarchiv, C 7/I Nr. 2214, Protokoll der Ratssitzung vom 4. März und City archives, C 7/I no. 2214, "
              "minutes of the council of 4 March and"),
        ("2", "Ebd., fol. 12r. Ibid., fol. 12r.")]
