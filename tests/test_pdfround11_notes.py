"""Footnotes as more journals print them (round 11 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 11
(`tests/fixtures/generality/round11/layout/`): notes marked `*`, `†`, `‡`
that start again on every page, a translator's `*` note above numbered ones,
calls raised in parentheses `⁽³⁾` with a quotation in small type between
two paragraphs, a source edition's notes set in the text column under each
passage, and a folio set beside the page's last note line. Positions are
PDF points from the top left; ``y`` is a baseline. tests/pdfmaker.py draws
the lines.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import BODY_LEADING, LEFT, NOTE_LEADING, NOTE_SIZE, Sheet, notes_read  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402


def test_symbol_marks_that_restart_on_each_page_are_numbered_on_in_reading_order(tmp_path):
    sheet = Sheet(tmp_path / "symbols.pdf")
    sheet.body(["Kauguru muižas klaušu saraksti^* aptver gandrīz visu laiku, kaut arī daži",
                "gadi trūkst.^† Līdz šim tos izmantoja, lai raksturotu klaušu apjomu.^‡"])
    sheet.footnotes([("*", ["LVVA, 6999. f., 1. apr., 412. l."]), ("†", ["Turpat, 11. lp."]),
                     ("‡", ["Zutis, Vidzemes zemnieki, 147. lpp."])], raised_labels=True)
    sheet.next_page()
    sheet.body(["Nemierus apspieda ar karaspēka palīdzību.^* Pārvaldnieks ieviesa jaunu formu.^†"])
    sheet.footnotes([("*", ["Stepermanis, Zemnieku nemieri, 370. lpp."]), ("†", ["Turpat, 15. lpp."])],
                    raised_labels=True)
    assert notes_read(sheet.save()) == [
        ("1", "*", "LVVA, 6999. f., 1. apr., 412. l.", "saraksti"),
        ("2", "†", "Turpat, 11. lp.", "trūkst."),
        ("3", "‡", "Zutis, Vidzemes zemnieki, 147. lpp.", "apjomu."),
        ("4", "*", "Stepermanis, Zemnieku nemieri, 370. lpp.", "palīdzību."),
        ("5", "†", "Turpat, 15. lpp.", "formu."),
    ]


def test_a_translators_asterisk_note_above_numbered_ones_keeps_its_mark(tmp_path):
    sheet = Sheet(tmp_path / "translator.pdf")
    sheet.body(["Il folwark^* era la grande azienda signorile,^1 che misurava in korzec.^2"])
    sheet.footnotes([("*", ["Azienda agricola signorile (N.d.T.)."]), ("1", ["AGAD, rkps 2113, k. 12v."]),
                     ("2", ["Ivi, k. 14."])], raised_labels=True)
    assert notes_read(sheet.save()) == [
        ("*", "*", "Azienda agricola signorile (N.d.T.).", "folwark"),
        ("1", "1", "AGAD, rkps 2113, k. 12v.", "signorile,"),
        ("2", "2", "Ivi, k. 14.", "korzec."),
    ]


def test_a_call_raised_in_parentheses_follows_the_word_and_a_small_type_quotation_stays_body(tmp_path):
    sheet = Sheet(tmp_path / "parentheses.pdf")
    y = sheet.body(["Los protocolos notariales^(1) conservan los contratos, que merece citarse por",
                    "extenso:^(2)"])
    y = sheet.lines(LEFT + 20, y + 4, ["Que ningún vecino pueda arrendar las dehesas del concejo",
                                       "sin licencia de la justicia y regimiento de esta villa."],
                    size=NOTE_SIZE, leading=NOTE_LEADING, limit=503)
    sheet.body(["Los arrendamientos bajaron de seis a tres años.^(3)"], top=y + 6)
    sheet.footnotes([("(1)", ["AHPC, Protocolos, caja 212, fols. 210r–214v."]), ("(2)", ["AMC, Actas, leg. 4."]),
                     ("(3)", ["Ibídem, exp. 9."])])
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.label, n.text, lay.doc.text[:n.marker_start].split()[-1],
             lay.doc.text[n.marker_start:n.marker_start + 3]) for n in lay.notes] == [
        ("1", "(1)", "AHPC, Protocolos, caja 212, fols. 210r–214v.", "notariales", "(1)"),
        ("2", "(2)", "AMC, Actas, leg. 4.", "extenso:", "(2)"),
        ("3", "(3)", "Ibídem, exp. 9.", "años.", "(3)"),
    ]
    assert any(b.zone == "body" and b.text.startswith("Que ningún vecino") for b in lay.blocks)


def test_notes_set_under_each_passage_that_calls_them_are_notes_and_numbered_headings_are_not(tmp_path):
    sheet = Sheet(tmp_path / "passages.pdf")
    y = sheet.body(["Ovdje objavljujemo tri isprave iz spisa zadarskih bilježnika.^1"])
    y = sheet.lines(LEFT, y + 4, ["1. HR-DAZD, fond 31, Spisi zadarskih bilježnika, kut. 88."],
                    size=NOTE_SIZE, leading=NOTE_LEADING)
    y = sheet.body(["1. Zakup solane, Zadar, 3. ožujka 1465.",
                    "Plemeniti gospodin Šimun Begna,^2 građanin zadarski, daje u zakup solanu",
                    "Ivanu Radiniću iz sela Bibinja.^3"], top=y + BODY_LEADING)
    y = sheet.lines(LEFT, y + 4, ["2. Riječ je o Šimunu Begni, koji se u ispravama spominje od 1462.",
                                  "3. Vjerojatno današnji Bibinje kraj Zadra."], size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.body(["2. Potvrda isplate, Zadar, 30. rujna 1466.", "Šimun Begna priznaje da je primio zakupninu."],
               top=y + BODY_LEADING)
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text, lay.doc.text[:n.marker_start].split()[-1]) for n in lay.notes] == [
        ("1", "HR-DAZD, fond 31, Spisi zadarskih bilježnika, kut. 88.", "bilježnika."),
        ("2", "Riječ je o Šimunu Begni, koji se u ispravama spominje od 1462.", "Begna,"),
        ("3", "Vjerojatno današnji Bibinje kraj Zadra.", "Bibinja."),
    ]
    assert any(b.text.startswith("1. Zakup solane, Zadar") for b in lay.blocks if b.zone == "body")


def test_small_numbered_lines_that_answer_no_call_above_stay_body(tmp_path):
    sheet = Sheet(tmp_path / "list.pdf")
    y = sheet.body(["The council listed its debts in the minutes:"])
    y = sheet.lines(LEFT + 20, y + 4, ["1. to the miller, twelve ducats;", "2. to the salt works, four ducats."],
                    size=NOTE_SIZE, leading=NOTE_LEADING, limit=503)
    sheet.body(["The list was read twice."], top=y + 6)
    lay = analyse_layout(read_document(sheet.save()))
    assert lay.notes == []
    assert any("1. to the miller" in b.text for b in lay.blocks if b.zone == "body")


def test_a_folio_set_beside_the_last_note_line_is_no_word_of_the_note(tmp_path):
    sheet = Sheet(tmp_path / "folio.pdf")
    sheet.body(["Οι μύλοι της δυτικής Κρήτης^1 δούλευαν όλο τον χρόνο."])
    sheet.footnotes([("1", ["ΓΑΚ, κώδ. 12, φ. 33–41."])], raised_labels=True)
    sheet.folio("65")
    sheet.next_page()
    sheet.body(["Οι τιμές ανέβαιναν,^2 όπως δείχνει ο πίνακας."])
    sheet.footnotes([("2", ["Βλ. τον πίνακα τιμών, ό.π., σ. 134."])], raised_labels=True)
    sheet.line(40, 770, "66", size=9.0)  # the folio in the outer margin, on the last note line's baseline
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "ΓΑΚ, κώδ. 12, φ. 33–41."),
                                                        ("2", "Βλ. τον πίνακα τιμών, ό.π., σ. 134.")]
    assert [b.text for b in lay.blocks if b.zone == "running_head"] == ["65", "66"]


def test_a_note_under_its_passage_called_twice_is_answered_once_and_the_next_note_follows(tmp_path):
    sheet = Sheet(tmp_path / "twice.pdf")
    y = sheet.body(["Šimun Begna^1 daje u zakup solanu; isti Begna^1 plaća i desetinu.^2"])
    sheet.lines(LEFT, y + 4, ["1. Riječ je o Šimunu Begni, koji se spominje od 1462.",
                              "2. HR-DAZD-31, kut. 88, sv. 5, f. 17v."], size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.body(["Isprava završava potpisom bilježnika."], top=y + 4 + 2 * NOTE_LEADING + BODY_LEADING)
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text, len(n.later_marker_starts)) for n in lay.notes] == [
        ("1", "Riječ je o Šimunu Begni, koji se spominje od 1462.", 1),
        ("2", "HR-DAZD-31, kut. 88, sv. 5, f. 17v.", 0),
    ]


def test_the_whole_classic_series_set_on_the_line_at_the_foot_is_numbered_on_across_pages(tmp_path):
    sheet = Sheet(tmp_path / "series.pdf")
    sheet.body(["Saraksti^* aptver visu laiku, daži gadi trūkst.^† Tos izmantoja^‡ lai raksturotu^§",
                "klaušu apjomu.^‖ Beigas.^¶"])
    sheet.footnotes([("*", ["LVVA, 412. l."]), ("†", ["Turpat, 11. lp."]), ("‡", ["Zutis, 147. lpp."]),
                     ("§", ["Turpat, 12. lp."]), ("‖", ["Turpat, 13. lp."]), ("¶", ["Turpat, 14. lp."])])
    sheet.next_page()
    sheet.body(["Nemierus apspieda ar karaspēka palīdzību.^*"])
    sheet.footnotes([("*", ["Stepermanis, 370. lpp."])])
    assert [(no, label, word) for no, label, _, word in notes_read(sheet.save())] == [
        ("1", "*", "Saraksti"), ("2", "†", "trūkst."), ("3", "‡", "izmantoja"), ("4", "§", "raksturotu"),
        ("5", "‖", "apjomu."), ("6", "¶", "Beigas."), ("7", "*", "palīdzību."),
    ]
