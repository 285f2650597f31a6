"""Footnotes as more journals print them: small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layout round 5
(`tests/fixtures/generality/round5/layout/`): a running head with its folio
at the page foot under the notes, notes set run in on one line, a continued
article's notes numbered on from 98, notes in the body's size under a short
rule, a note run over onto a page of notes only, a justified note line
stretched before a long word. Positions are PDF points from the top left;
``y`` is a baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import (BODY_SIZE, FOLIO_Y, HEAD_SIZE, LEFT, NOTE_LEADING, NOTE_SIZE, PAGE_W, RIGHT,  # noqa: E402
                      Sheet)

from histkit import analyse_layout, read_document  # noqa: E402


def notes(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def words(sheet: Sheet, x: float, y: float, text: str, gap: float, size: float = NOTE_SIZE, font: str = "serif") -> float:
    """Draw the words of ``text`` one by one, ``gap`` apart (as a justifying typesetter places them); the right edge."""
    for word in text.split():
        x = sheet.line(x, y, word, size=size, font=font) + gap
    return x - gap


def foot_head(sheet: Sheet, text: str) -> None:
    """A running head with its folio at the page foot, under a full rule (where a folio alone usually stands)."""
    sheet.rule(LEFT, RIGHT, FOLIO_Y - 12)
    sheet.line(LEFT, FOLIO_Y, text, size=HEAD_SIZE)


def test_a_running_head_carrying_the_folio_at_the_page_foot_leaves_the_notes_above_it_notes(tmp_path):
    sheet = Sheet(tmp_path / "foot_folio.pdf")
    sheet.body(["The guild met.^1 The council did not.^2"])
    sheet.footnotes([("1", ["APZ, sygn. 214, k. 3."]), ("2", ["Tamże, k. 11."])], bottom=760)
    sheet.canvas.setFont("DejaVuSerif", HEAD_SIZE)
    sheet.canvas.drawCentredString(PAGE_W / 2, 842 - FOLIO_Y, "411")
    sheet.next_page()
    sheet.body(["The town grew.^3 The guild did not.^4"])
    sheet.footnotes([("3", ["Akta cechu szewców, sygn. 215."]), ("4", ["Tamże, k. 4v."])], bottom=760)
    foot_head(sheet, "412 Agnieszka Rembowska")
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text, n.page) for n in lay.notes] == [
        ("1", "APZ, sygn. 214, k. 3.", 1), ("2", "Tamże, k. 11.", 1),
        ("3", "Akta cechu szewców, sygn. 215.", 2), ("4", "Tamże, k. 4v.", 2)]
    assert [b.text for b in lay.blocks if b.zone == "running_head"] == ["411", "412 Agnieszka Rembowska"]


def test_short_notes_set_run_in_on_one_line_are_notes_of_their_own(tmp_path):
    sheet = Sheet(tmp_path / "run_in.pdf")
    sheet.body(["The guild met.^1 Again.^2 And again.^3 The council wrote.^4"])
    y = 730.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    sheet.line(LEFT, y, "1 Archiwum Państwowe w Zawiślu, Akta miasta Zawiśla, sygn. 214, k. 3–9.", size=NOTE_SIZE)
    x = sheet.line(LEFT, y + NOTE_LEADING, "2 Tamże, k. 11.", size=NOTE_SIZE) + 1.5 * NOTE_SIZE
    x = sheet.line(x, y + NOTE_LEADING, "3 Tamże.", size=NOTE_SIZE) + 1.5 * NOTE_SIZE
    sheet.line(x, y + NOTE_LEADING, "4 APZ, sygn. 215, k. 2.", size=NOTE_SIZE)
    assert notes(sheet.save()) == [
        ("1", "Archiwum Państwowe w Zawiślu, Akta miasta Zawiśla, sygn. 214, k. 3–9."),
        ("2", "Tamże, k. 11."), ("3", "Tamże."), ("4", "APZ, sygn. 215, k. 2.")]


def test_a_number_after_a_word_space_in_a_note_is_no_run_in_note(tmp_path):
    sheet = Sheet(tmp_path / "no_run_in.pdf")
    sheet.body(["The guild met.^1 The council wrote.^2"])
    y = 730.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    sheet.line(LEFT, y, "1 Tamże, k. 11.", size=NOTE_SIZE)
    x = sheet.line(LEFT, y + NOTE_LEADING, "2 Tamże, k. 2.", size=NOTE_SIZE) + 0.3 * NOTE_SIZE
    sheet.line(x, y + NOTE_LEADING, "3 razy.", size=NOTE_SIZE)
    assert notes(sheet.save()) == [("1", "Tamże, k. 11."), ("2", "Tamże, k. 2. 3 razy.")]


def test_a_continued_articles_notes_numbered_on_from_98_are_read_from_98(tmp_path):
    sheet = Sheet(tmp_path / "continued.pdf")
    sheet.body(["Rada sice spolku přenechala místnosti radnice,^98 ale požadovala",
                "souhlas purkmistra.^99 Takový požadavek neměl oporu v zákoně.^100"])
    y = 720.0
    sheet.rule(LEFT, RIGHT, y - 12)
    for label, text in [("98", "SOkA Horní Lhota, kart. 41, inv. č. 388."), ("99", "Tamtéž, protokol z 2. 4. 1868."),
                        ("100", "Josef MACHÁČEK, Spolkový život, Praha 1996, s. 141–150.")]:
        right = LEFT + 12
        sheet.line(right - sheet.width(label, NOTE_SIZE), y, label, size=NOTE_SIZE)  # labels right-aligned
        sheet.line(right + 5, y, text, size=NOTE_SIZE)
        y += NOTE_LEADING
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text) for n in lay.notes] == [
        ("98", "SOkA Horní Lhota, kart. 41, inv. č. 388."), ("99", "Tamtéž, protokol z 2. 4. 1868."),
        ("100", "Josef MACHÁČEK, Spolkový život, Praha 1996, s. 141–150.")]
    assert all(n.marker_start is not None for n in lay.notes)


def test_notes_in_the_bodys_size_and_another_font_under_a_short_rule_are_notes(tmp_path):
    sheet = Sheet(tmp_path / "sans_notes.pdf")
    sheet.body(["In het voorjaar klaagden de boeren.^1 De drost liet de wijk opmeten.^2",
                "Het conflict is onopgemerkt gebleven."])
    y = 700.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    sheet.lines(LEFT, y, ["1 Regionaal Archief Zuidwolde, Oud-rechterlijk archief, inv.nr. 312, fol. 4.",
                          "2 Ibidem, fol. 9v."], size=BODY_SIZE, font="sans")
    assert notes(sheet.save()) == [
        ("1", "Regionaal Archief Zuidwolde, Oud-rechterlijk archief, inv.nr. 312, fol. 4."), ("2", "Ibidem, fol. 9v.")]


def test_a_note_run_over_onto_a_page_of_notes_only_goes_on_there(tmp_path):
    sheet = Sheet(tmp_path / "notes_only.pdf")
    sheet.body(["Kollegiet hänvisade parterna till domstolarna.^1"])
    sheet.note(LEFT, 730, "1", ["Frågan om fiskelägenas rättsliga ställning har en omfattande litteratur,",
                                "som här endast kan antydas; hans genomgång"], raised_label=True)
    sheet.next_page()
    sheet.lines(LEFT + 14, 730, ["av domböckerna visar att tingsrätterna dömde olika i likartade mål."], size=NOTE_SIZE,
                leading=NOTE_LEADING)
    assert notes(sheet.save()) == [
        ("1", "Frågan om fiskelägenas rättsliga ställning har en omfattande litteratur, som här endast kan antydas; "
              "hans genomgång av domböckerna visar att tingsrätterna dömde olika i likartade mål.")]


def test_a_note_line_stretched_before_a_long_word_stays_one_line(tmp_path):
    sheet = Sheet(tmp_path / "stretched.pdf")
    sheet.body(["Som både Flodström och Finnström påpekat.^1 Så var det.^2"])
    y = 730.0
    sheet.rule(LEFT, LEFT + 144, y - 12)
    sheet.line(LEFT, y, "1 Ibid., s. 318–319.", size=NOTE_SIZE)
    x = sheet.line(LEFT, y + NOTE_LEADING, "2 Flodström, Fiske och", size=NOTE_SIZE) + 15
    words(sheet, x, y + NOTE_LEADING, "flyttning, s. 102–104; Finnström,", gap=15)
    sheet.line(LEFT, y + 2 * NOTE_LEADING, "”Strömmingsfisket och kronan”, s. 220.", size=NOTE_SIZE)
    assert notes(sheet.save()) == [
        ("1", "Ibid., s. 318–319."),
        ("2", "Flodström, Fiske och flyttning, s. 102–104; Finnström, ”Strömmingsfisket och kronan”, s. 220.")]


def endnotes_pdf(folder: Path) -> Path:
    """A chapter whose endnotes follow the text under `Notas`, grouped under its section headings, numbered anew."""
    sheet = Sheet(folder / "endnotes.pdf")
    y = sheet.body(["Introducción", "El ayuntamiento nombró a los regidores.^1 Faltaba trigo.^2",
                    "I. Los regidores", "La junta administraba el pósito.^1 El regidor decidía.^2", "",
                    "Notas"])
    sheet.line(LEFT, y, "Introducción", size=NOTE_SIZE + 0.5)
    y = sheet.note(LEFT, y + NOTE_LEADING, "1.", ["AMVC, Libros de acuerdos, lib. 22."])
    y = sheet.note(LEFT, y, "2.", ["Ibid., fol. 31v."])
    sheet.line(LEFT, y + 4, "I. Los regidores", size=NOTE_SIZE + 0.5)
    y = sheet.note(LEFT, y + 4 + NOTE_LEADING, "1.", ["AMVC, Libros de acuerdos, lib. 23, fol. 2r."])
    sheet.note(LEFT, y, "2.", ["Ibid., fols. 5v-6r."])
    return sheet.save()


def test_endnotes_after_the_text_grouped_under_headings_and_numbered_anew_are_notes(tmp_path):
    lay = analyse_layout(read_document(endnotes_pdf(tmp_path)))
    assert [(n.note_no, n.label, n.text) for n in lay.notes] == [
        ("1", "1", "AMVC, Libros de acuerdos, lib. 22."), ("2", "2", "Ibid., fol. 31v."),
        ("3", "1", "AMVC, Libros de acuerdos, lib. 23, fol. 2r."), ("4", "2", "Ibid., fols. 5v-6r.")]
    calls = [lay.doc.text[n.marker_start - 8:n.marker_start] for n in lay.notes]
    assert calls == ["gidores.", "a trigo.", " pósito.", "decidía."]
    assert [b.text for b in lay.blocks if b.zone not in ("note", "blank")][-2:] == ["Introducción", "I. Los regidores"]


def test_the_notes_table_keeps_each_notes_printed_label_beside_its_reading_order_number(tmp_path):
    from histkit import build_tables

    notes_table = build_tables([read_document(endnotes_pdf(tmp_path))])["notes"]
    assert notes_table[["note_no", "label"]].values.tolist() == [["1", "1"], ["2", "2"], ["3", "1"], ["4", "2"]]


def test_notes_in_body_size_under_a_short_rule_take_only_the_rules_column(tmp_path):
    sheet = Sheet(tmp_path / "two_columns.pdf")
    left, right = ["De boeren klaagden bij de drost.^1"] + ["De drost liet de wijk opmeten en"] * 8, \
        ["De compagnie was afhankelijk van"] * 20
    sheet.lines(LEFT, 96, left, limit=287)
    sheet.lines(308, 96, right, limit=RIGHT)
    sheet.rule(LEFT, LEFT + 60, 250)
    sheet.lines(LEFT, 264, ["1 RAZ, inv.nr. 312, fol. 4."], font="sans", limit=287)
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "RAZ, inv.nr. 312, fol. 4.")]
    assert sum(b.text.count("De compagnie was afhankelijk van") for b in lay.blocks if b.zone == "body") == 20


def test_a_group_of_endnotes_starts_again_at_1_after_its_heading_with_its_label_set_on_the_line(tmp_path):
    sheet = Sheet(tmp_path / "endnotes_inline.pdf")
    y = sheet.body(["Introducción", "El ayuntamiento nombró a los regidores.^1 Faltaba trigo.^2",
                    "I. Los regidores", "La junta administraba el pósito.^1", "", "Notas"])
    sheet.line(LEFT, y, "Introducción", size=NOTE_SIZE + 0.5)
    y = sheet.lines(LEFT, y + NOTE_LEADING, ["1. AMVC, Libros de acuerdos, lib. 22.", "2. Ibid., fol. 31v."],
                    size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.line(LEFT, y + 4, "I. Los regidores", size=NOTE_SIZE + 0.5)
    sheet.line(LEFT, y + 4 + NOTE_LEADING, "1. AMVC, Libros de acuerdos, lib. 23, fol. 2r.", size=NOTE_SIZE)
    assert [(n.note_no, n.label, n.text) for n in analyse_layout(read_document(sheet.save())).notes] == [
        ("1", "1", "AMVC, Libros de acuerdos, lib. 22."), ("2", "2", "Ibid., fol. 31v."),
        ("3", "1", "AMVC, Libros de acuerdos, lib. 23, fol. 2r.")]
