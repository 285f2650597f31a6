"""Raised and small characters that are not note calls (round 30 of layouts): the calls are found, the text kept.

A page of history is full of small characters set off the baseline that call no note: a unit's power (`m²`), a
power of ten (`10⁶`), an isotope's mass number or an edition's (`¹⁴C`, `²1934`), the raised letters of an
ordinal or an abbreviation with a call raised right after them (`XVIIIᵉ⁶`), a chemical formula's lowered
figures (`H₂SO₄`). None of them may become a call or lose its place in the text, and a raised letter's small
size is no word space after it. The pages are drawn here, small and invented; the round's own PDFs keep their
figure in ``tests/test_generality.py``.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_SIZE, BODY_TOP, LEFT, MARKER_RISE, MARKER_SIZE, NOTE_BOTTOM, PAGE_H, Sheet, notes_read  # noqa: E402


def _draw(sheet: Sheet, y: float, parts: list[tuple[str, str]], x: float = LEFT, size: float = BODY_SIZE) -> None:
    """One line of runs: ("", text) on the baseline, ("^", text) raised as a call, ("_", text) lowered as a
    subscript, (">", points) a gap, as a small glyph's side bearing leaves one."""
    canvas = sheet.canvas
    for how, text in parts:
        if how == ">":
            x += float(text)
            continue
        pt = size if how == "" else MARKER_SIZE
        shift = {"": 0.0, "^": MARKER_RISE, "_": -1.6}[how]
        canvas.setFont("DejaVuSerif", pt)
        canvas.drawString(x, PAGE_H - y + shift, text)
        x += canvas.stringWidth(text, "DejaVuSerif", pt)


def _notes(sheet: Sheet, count: int) -> None:
    y = NOTE_BOTTOM - 12 * (count - 1)
    sheet.rule(LEFT, LEFT + 144, y - 14)
    for k in range(1, count + 1):
        y = sheet.note(LEFT, y, str(k), [f"Archives of the works, ledger {k}, fol. {10 + k}."])


def _body_text(path) -> str:
    from histkit import analyse_layout, read_document

    return analyse_layout(read_document(path)).doc.text


def test_a_units_raised_power_is_no_call_even_where_its_figure_is_the_note_due(tmp_path):
    sheet = Sheet(tmp_path / "power.pdf")
    _draw(sheet, BODY_TOP, [("", "The works grew,"), ("^", "1"), ("", " covering some 52 000 m"), ("^", "2"),
                            ("", "."), ("^", "2"), ("", " By 1860 they sold their acid as far as Riga.")])
    _notes(sheet, 2)
    read = notes_read(sheet.save())
    assert [(key, word) for key, _, _, word in read] == [("1", "grew,"), ("2", "m2.")]


def test_a_raised_figure_after_a_lone_ten_is_its_power(tmp_path):
    sheet = Sheet(tmp_path / "ten.pdf")
    _draw(sheet, BODY_TOP, [("", "Output rose"), ("^", "1"), ("", " to some 0.4 × 10"), ("^", "2"),
                            ("", " tons a year,"), ("^", "2"), ("", " a fifth of the kingdom's.")])
    _notes(sheet, 2)
    read = notes_read(sheet.save())
    assert [(key, word) for key, _, _, word in read] == [("1", "rose"), ("2", "year,")]


def test_a_raised_figure_glued_to_the_word_after_it_is_that_words_prefix(tmp_path):
    sheet = Sheet(tmp_path / "prefix.pdf")
    _draw(sheet, BODY_TOP, [("", "The kilns were dated"), ("^", "1"), ("", " and the text is that of the "),
                            ("^", "2"), ("", "1934 edition,"), ("^", "2"), ("", " not the first.")])
    _draw(sheet, BODY_TOP + 14, [("^", "14"), ("", "C dates confirm it.")])
    _notes(sheet, 2)
    path = sheet.save()
    assert [(key, word) for key, _, _, word in notes_read(path)] == [("1", "dated"), ("2", "edition,")]
    assert "the 21934 edition," in _body_text(path) and "14C dates confirm it." in _body_text(path)


def test_a_call_raised_in_one_run_with_an_ordinals_letters_follows_the_word_they_end(tmp_path):
    sheet = Sheet(tmp_path / "ordinal.pdf")
    words = ["ledgers,", "rolls,", "deeds,", "maps,", "plans,", "bills,", "wages,", "letters", "seals"]
    parts = [("", "The works kept")]
    for k, word in enumerate(words, 1):
        parts += [("", f" {word}"), ("^", str(k))]
    _draw(sheet, BODY_TOP, parts)
    _draw(sheet, BODY_TOP + 14, [("", "from the XVIII"), ("^", "e"), ("", " century to the 21"), ("^", "st10"),
                                 ("", " of June 1891.")])
    _notes(sheet, 10)
    path = sheet.save()
    assert [word for *_, word in notes_read(path)] == words + ["21st"]
    assert "from the XVIIIe century to the 21st10 of June 1891." in _body_text(path)  # (the call's figures too)


def test_a_chemical_formulas_lowered_figures_stay_in_their_line(tmp_path):
    sheet = Sheet(tmp_path / "formula.pdf")
    _draw(sheet, BODY_TOP, [("", "The chambers made H"), ("_", "2"), ("", "SO"), ("_", "4"), ("", "."), ("^", "1"),
                            ("", " The furnaces took the rest.")])
    _notes(sheet, 1)
    path = sheet.save()
    assert [(key, word) for key, _, _, word in notes_read(path)] == [("1", "H2SO4.")]
    assert "The chambers made H2SO4. The furnaces took the rest." in _body_text(path).replace("1 The", " The")


def test_no_word_space_is_read_in_the_side_bearing_after_a_raised_letter(tmp_path):
    sheet = Sheet(tmp_path / "bearing.pdf")
    _draw(sheet, BODY_TOP, [("", "The consul wrote to the Exc."), ("^", "mo"), ("", " S."), ("^", "r"), (">", "0.8"),
                            ("", ": so every letter began."), ("^", "1")])
    _notes(sheet, 1)
    assert "Exc.mo S.r: so every letter began." in _body_text(sheet.save())


def test_a_raised_figure_after_a_label_of_the_notes_size_opens_the_notes_text(tmp_path):
    sheet = Sheet(tmp_path / "label.pdf")
    _draw(sheet, BODY_TOP, [("", "The guild's roll is known,"), ("^", "1"), ("", " if only in extracts."), ("^", "2")])
    sheet.rule(LEFT, LEFT + 144, NOTE_BOTTOM - 26)
    _draw(sheet, NOTE_BOTTOM - 12, [("", "1 Stadtarchiv, AB 112, fol. 12.")], size=8.5)
    _draw(sheet, NOTE_BOTTOM, [("", "2 "), ("^", "2"), ("", "1934 is the edition used here.")], size=8.5)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [("1", "Stadtarchiv, AB 112, fol. 12."),
                                                         ("2", "21934 is the edition used here.")]


def test_a_raised_figure_opening_a_line_of_the_note_it_numbers_is_that_notes_words(tmp_path):
    sheet = Sheet(tmp_path / "wrapped.pdf")
    _draw(sheet, BODY_TOP, [("", "The guild's roll is known,"), ("^", "1"), ("", " if only in extracts."), ("^", "2")])
    sheet.rule(LEFT, LEFT + 144, NOTE_BOTTOM - 36)
    _draw(sheet, NOTE_BOTTOM - 21, [("^", "1"), (">", "3"), ("", "Stadtarchiv, AB 112, fol. 12.")], size=8.5)
    _draw(sheet, NOTE_BOTTOM - 10.5, [("^", "2"), (">", "3"), ("", "Wilhelm Reinecke, Geschichte der Stadt, Lüneburg")],
          size=8.5)
    _draw(sheet, NOTE_BOTTOM, [("^", "2"), ("", "1933, S. 211–240.")], x=LEFT + 6, size=8.5)
    read = notes_read(sheet.save())
    assert [(key, text) for key, _, text, _ in read] == [
        ("1", "Stadtarchiv, AB 112, fol. 12."), ("2", "Wilhelm Reinecke, Geschichte der Stadt, Lüneburg 21933, S. 211–240.")]
