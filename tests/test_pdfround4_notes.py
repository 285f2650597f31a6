"""Footnotes as journals outside the corpus print them: small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the blind round 4 of layouts
(`tests/fixtures/generality/round4/layout/`): a note's own number wrapped to
the start of its next line, an unnumbered author note under the numbered
notes, … Positions are PDF points from the top left; ``y`` is a baseline.
tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402


def notes(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def indented_notes(sheet: Sheet, y: float, notes_: list[tuple[str, list[str]]]) -> None:
    """Notes labelled `1.` whose first line is indented and whose other lines start at the column's edge."""
    sheet.rule(LEFT, LEFT + 144, y - 12)
    for label, lines in notes_:
        for k, text in enumerate(lines):
            sheet.line(LEFT + 10 if k == 0 else LEFT, y, f"{label}. {text}" if k == 0 else text, size=NOTE_SIZE)
            y += NOTE_LEADING


def test_a_number_wrapped_to_the_start_of_a_notes_next_line_stays_in_that_note(tmp_path):
    sheet = Sheet(tmp_path / "wrapped.pdf")
    sheet.body(["The council met twice.^1 The minutes survive.^2 So does a letter.^3 Nothing else."])
    indented_notes(sheet, 690, [
        ("1", ["DAZ, fond 14, kut. 3, br. 112/1883."]),
        ("2", ["Ivan Kovačević, Općinska uprava u Dalmaciji, Split, 1996., 77–93."]),
        ("3", ["DAZ, fond 14, kut. 4, br. 27/1884; zapisnik sjednice općinskog vijeća od", "2. ožujka 1884."]),
    ])
    assert notes(sheet.save()) == [
        ("1", "DAZ, fond 14, kut. 3, br. 112/1883."),
        ("2", "Ivan Kovačević, Općinska uprava u Dalmaciji, Split, 1996., 77–93."),
        ("3", "DAZ, fond 14, kut. 4, br. 27/1884; zapisnik sjednice općinskog vijeća od 2. ožujka 1884."),
    ]


def test_a_number_alone_on_a_notes_last_line_ends_that_note_and_starts_none(tmp_path):
    sheet = Sheet(tmp_path / "bare.pdf")
    sheet.body(["The prefect wrote.^1 He wrote again.^2 And a third time.^3"])
    indented_notes(sheet, 690, [
        ("1", ["ASV, Prefettura, Gabinetto, b. 211, fasc. 4."]),
        ("2", ["Ivi, fasc. 5."]),
        ("3", ["ASV, Prefettura, Gabinetto, b. 214, the report of the sub-prefect, fasc.", "1."]),
    ])
    assert notes(sheet.save()) == [
        ("1", "ASV, Prefettura, Gabinetto, b. 211, fasc. 4."),
        ("2", "Ivi, fasc. 5."),
        ("3", "ASV, Prefettura, Gabinetto, b. 214, the report of the sub-prefect, fasc. 1."),
    ]


def test_an_author_note_set_off_under_the_numbered_notes_hides_none_of_them(tmp_path):
    sheet = Sheet(tmp_path / "author_note.pdf")
    sheet.body(["Hélène Garrigou*", "", "The court sat weekly.^1 Its register survives.^2 Fines were small."])
    y = 700.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    y = sheet.note(LEFT, y, "1", ["AD Haute-Varenne, 3 U 412, registre des jugements, 1832–1839."])
    y = sheet.note(LEFT, y, "2", ["Ibid., fol. 15."])
    sheet.note(LEFT, y + 2 * NOTE_LEADING, "*", ["Maîtresse de conférences, Université de Varenne."])
    assert notes(sheet.save()) == [
        ("*", "Maîtresse de conférences, Université de Varenne."),
        ("1", "AD Haute-Varenne, 3 U 412, registre des jugements, 1832–1839."),
        ("2", "Ibid., fol. 15."),
    ]


def test_an_author_note_is_called_by_its_symbol_glued_to_the_authors_name_on_the_line(tmp_path):
    sheet = Sheet(tmp_path / "author_call.pdf")
    sheet.body(["Hélène Garrigou*", "", "The court sat weekly.^1 Fines were small."])
    y = sheet.note(LEFT, 700, "1", ["AD Haute-Varenne, 3 U 412."])
    sheet.note(LEFT, y + 2 * NOTE_LEADING, "*", ["Maîtresse de conférences, Université de Varenne."])
    lay = analyse_layout(read_document(sheet.save()))
    (star,) = [n for n in lay.notes if n.note_no == "*"]
    assert lay.doc.text[:star.marker_start].endswith("Hélène Garrigou")
    assert not [w for w in lay.warnings if "called nowhere" in w.message]


def test_a_note_running_over_goes_on_overleaf_past_the_author_note_printed_under_it(tmp_path):
    sheet = Sheet(tmp_path / "runs_over.pdf")
    sheet.body(["The fair grew.^1 Merchants came.^2 The police counted carts.^3"])
    y = 700.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    for label, lines in [("1", ["GAZO. F. 112. Op. 3. D. 45."]), ("2", ["Ibid. L. 7."]),
                         ("3", ["Berestov A. V. Kupechestvo uezdnykh gorodov: sostav i",
                                 "Voprosy regional'noi istorii Povolzh'ia. 2006. No 4. S."])]:
        y = sheet.note(LEFT, y, label, lines, raised_label=True)
    sheet.line(LEFT, y + 2 * NOTE_LEADING, "* The article was funded by the Zavolzhsky Foundation.", size=NOTE_SIZE)
    sheet.next_page()
    sheet.body(["The governor wrote.^4 Nothing followed."])
    y = 720.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    y = sheet.note(LEFT, y, None, ["33–52."])
    sheet.note(LEFT, y, "4", ["GAZO. F. 112. Op. 3. D. 58."], raised_label=True)
    assert notes(sheet.save()) == [
        ("*", "The article was funded by the Zavolzhsky Foundation."),
        ("1", "GAZO. F. 112. Op. 3. D. 45."),
        ("2", "Ibid. L. 7."),
        ("3", "Berestov A. V. Kupechestvo uezdnykh gorodov: sostav i Voprosy regional'noi istorii Povolzh'ia. "
              "2006. No 4. S. 33–52."),
        ("4", "GAZO. F. 112. Op. 3. D. 58."),
    ]


def test_calls_printed_on_the_line_in_brackets_link_their_notes_in_order(tmp_path):
    sheet = Sheet(tmp_path / "brackets.pdf")
    sheet.body(["The municipal archive [1], poorly kept, and the law on",
                "municipalities [2] say little. A reference list [5] is no call."])
    indented_notes(sheet, 700, [("1", ["DAZ, fond 14, kut. 3."]), ("2", ["Zakonik, 1870., br. 18."])])
    lay = analyse_layout(read_document(sheet.save()))
    calls = {n.note_no: lay.doc.text[n.marker_start - 8:n.marker_start + 3] for n in lay.notes}
    assert calls == {"1": "archive [1]", "2": "alities [2]"}
    assert "archive [1], poorly kept" in lay.doc.text


def test_a_bracketed_number_is_no_call_where_the_calls_are_raised(tmp_path):
    sheet = Sheet(tmp_path / "raised.pdf")
    sheet.body(["The archive^1 and the law [2] of 1870 say little.^2"])
    indented_notes(sheet, 700, [("1", ["DAZ, fond 14, kut. 3."]), ("2", ["Zakonik, 1870., br. 18."])])
    lay = analyse_layout(read_document(sheet.save()))
    starts = {n.note_no: lay.doc.text[:n.marker_start] for n in lay.notes}
    assert starts["2"].endswith("say little.")


def test_a_word_broken_at_a_note_line_end_is_rejoined_when_the_document_writes_it_inside_a_compound(tmp_path):
    sheet = Sheet(tmp_path / "compound.pdf")
    sheet.body(["Die Feuerversicherung des Hochstifts begann 1784.^1"])
    sheet.footnotes([("1", ["Friederike Wendelstein, Brandkassen und Landesherrschaft. Versiche-",
                            "rung als Policey im Alten Reich, Frankfurt am Main 2008."])])
    assert notes(sheet.save()) == [
        ("1", "Friederike Wendelstein, Brandkassen und Landesherrschaft. Versicherung als Policey im Alten Reich, "
              "Frankfurt am Main 2008."),
    ]
