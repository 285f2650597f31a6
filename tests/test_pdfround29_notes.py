"""Pages where the notes outweigh the text (round 29 of layouts): the notes are read whole and in order.

A law review sets a few body lines over forty lines of notes, so that the notes hold nine characters in ten;
its notes run to several paragraphs, with block quotations set in within them; a German press hangs the
notes' numbers in the margin, so that a line of a note opening with a number (a journal's volume that is
also the next note's number) is words of the note; a note ending a paragraph at a page's foot goes on
overleaf with the next. The pages are drawn here, small and invented; the round's own PDFs keep their
figure in ``tests/test_generality.py``.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, RIGHT, Sheet, notes_read  # noqa: E402

NOTE = ["County court ledger, vol. {k}, fol. {f}, the receiver's monthly account with the",
        "wages of the shop hands, the coal bought for the engines and the rent of the depot,",
        "all sworn before the master on the first Monday of the month, as the order required,",
        "with the master's remarks on each item and his signature under the last page."]


def _note_text(k: int) -> str:
    return " ".join(NOTE).format(k=k, f=10 * k)


def _heavy_page(sheet: Sheet, first: int, body: list[str]) -> None:
    """Three body lines over five notes of four lines each, under a rule across the column, as a law review sets
    them: the notes hold nine characters in ten."""
    sheet.body("\n".join(body).format(*range(first, first + 5)).split("\n"))
    y = 440.0  # (the notes end above the page's bottom band: the same words at the same height on every page
    sheet.rule(LEFT, RIGHT, y - NOTE_LEADING - 2)  # there would be a running foot), under a rule across the page
    for k in range(first, first + 5):
        y = sheet.note(LEFT, y, str(k), [line.format(k=k, f=10 * k) for line in NOTE])


def test_a_body_of_three_lines_over_notes_holding_most_of_the_characters_is_still_the_body(tmp_path):
    sheet = Sheet(tmp_path / "heavy.pdf")
    _heavy_page(sheet, 1, ["The receivers kept the road running^{} and paid the shop hands monthly,^{}",
                           "as the court had ordered; the bondholders appealed twice,^{} but the court kept",
                           "the rule it had laid down in its first order^{} and in every later one.^{}"])
    sheet.next_page()
    _heavy_page(sheet, 6, ["In the spring the shops were running^{} again; the wages were paid monthly,^{}",
                           "the bondholders appealed twice,^{} and the master read the accounts with care",
                           "until the sale of the road in the autumn, when the order^{} lapsed with the year.^{}"])
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [(str(k), _note_text(k)) for k in range(1, 11)]
    assert [word for *_, word in read] == ["running", "monthly,", "twice,", "order", "one.",
                                           "running", "monthly,", "twice,", "order", "year."]


def test_a_block_quotation_set_in_within_a_note_is_read_in_its_place(tmp_path):
    sheet = Sheet(tmp_path / "quoted.pdf")
    sheet.body(["The judge wrote to his brother about the committee.^1 He thought little of it.^2"])
    y = 700.0
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    y = sheet.note(LEFT, y, "1", ["The letter is worth quoting at length, as it shows what the court thought",
                                  "of the bondholders' committee and of its counsel in the city:"])
    y = sheet.lines(LEFT + 40, y + 2, ["I have the road, the engines and the shops, and not one of the",
                                       "gentlemen has been west of the river. It must run on Monday."],
                    size=NOTE_SIZE, leading=NOTE_LEADING, limit=483)
    y = sheet.lines(LEFT + 14, y + 2, ["Family papers, box 2, folder 6; the letter is undated, filed with the replies."],
                    size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.note(LEFT, y, "2", ["Family papers, box 3, folder 1."])
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "The letter is worth quoting at length, as it shows what the court thought of the bondholders' "
              "committee and of its counsel in the city: I have the road, the engines and the shops, and not one "
              "of the gentlemen has been west of the river. It must run on Monday. Family papers, box 2, folder 6; "
              "the letter is undated, filed with the replies."),
        ("2", "Family papers, box 3, folder 1.")]


def test_two_note_columns_side_by_side_are_still_read_left_then_right(tmp_path):
    sheet = Sheet(tmp_path / "twocol.pdf")
    sheet.body(["The council met twice,^1 in spring^2 and in autumn,^3 and wrote to the duke.^4"])
    sheet.rule(LEFT, LEFT + 144, 700)
    for x, first in ((LEFT, 1), (LEFT + 232, 3)):
        y = 712.0
        for k in (first, first + 1):
            y = sheet.note(x, y, str(k), [f"Council minutes, vol. {k}, fol. {3 * k},", "the meeting's record."],
                           limit=x + 210)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        (str(k), f"Council minutes, vol. {k}, fol. {3 * k}, the meeting's record.") for k in range(1, 5)]


def test_a_number_at_the_margin_of_notes_whose_labels_hang_is_words_even_the_next_notes_number(tmp_path):
    sheet = Sheet(tmp_path / "hung.pdf")
    sheet.body(["Die Privilegien sind erforscht,^101 die Praxis kaum;^102 der Hof^103 schwieg.^104"])
    y = 700.0
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    texts = {101: ["Hans Vogt, Die Appellationsprivilegien der Reichsstände, Köln 1980, S. 11–29;",
                   "zuletzt Anna Baum, Gerichtslandschaft Altes Reich, Köln 2007, S. 11–29."],
             102: ["So schon Ernst Lang, Die Appellationssumme im Kameralprozess, in: Zeitschrift",
                   "103 (1994), S. 201–233, hier S. 219."],
             103: ["Landesarchiv, A 202 Bü 1191, Bericht des Regierungsrats von Gemmingen vom",
                   "3. März 1723, mit der Antwort des Hofgerichts."],
             104: ["Ebd., fol. 4v."]}
    for k, lines in texts.items():
        sheet.line(LEFT, y, str(k), size=NOTE_SIZE)
        y = sheet.lines(LEFT + 20, y, lines, size=NOTE_SIZE, leading=NOTE_LEADING)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [(str(k), " ".join(lines)) for k, lines in texts.items()]


def test_a_note_ending_a_paragraph_at_a_pages_foot_goes_on_overleaf_where_the_notes_open_set_in(tmp_path):
    sheet = Sheet(tmp_path / "overleaf.pdf")
    sheet.body(["The rule outlived the judge.^1 Its origin has been forgotten.^2"])
    sheet.rule(LEFT, LEFT + 144, 728)
    y = sheet.note(LEFT, 740, "1", ["Coxe, Receiverships, 140–88."])
    sheet.note(LEFT, y, "2", ["A last word on sources: the files were never indexed by subject but read year by",
                              "year; the counts are minimums."])
    sheet.next_page()
    sheet.body(["The shopmen petitioned the court in 1881, and again in 1882.^3"])
    sheet.rule(LEFT, LEFT + 144, 738)
    y = sheet.lines(LEFT + 24, 750, ["Two kinds of record were not used: the master's reports and the accounts."],
                    size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.note(LEFT, y, "3", ["Petition of the shopmen, 2 April 1881."])
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Coxe, Receiverships, 140–88."),
        ("2", "A last word on sources: the files were never indexed by subject but read year by year; the counts are "
              "minimums. Two kinds of "
              "record were not used: the master's reports and the accounts."),
        ("3", "Petition of the shopmen, 2 April 1881.")]


def _sized(size: float, chars: int):
    from histkit.read.pdf.lines import Line

    return Line([], 72, 0, 500, 10, 10, size, False, [("t", "x" * chars)])


def test_a_law_reviews_body_setting_a_tenth_of_the_characters_on_every_page_is_the_body_size():
    from histkit.read.pdf.page import body_size

    pages = [[_sized(11, 40), _sized(11, 40), _sized(11, 40), _sized(8.5, 1000)] for _ in range(3)]
    assert body_size(pages) == 11


def test_a_titles_type_setting_a_tenth_of_the_characters_on_one_page_is_no_body_size():
    from histkit.read.pdf.page import body_size

    pages = [[_sized(16, 400), _sized(11, 900)], [_sized(11, 1000)], [_sized(11, 1000)]]
    assert body_size(pages) == 11


def test_a_headings_line_on_a_one_page_article_is_no_body_size():
    from histkit.read.pdf.page import body_size

    assert body_size([[_sized(14, 30), _sized(11, 60), _sized(11, 60), _sized(11, 60)]]) == 11
