"""Footnotes as source editions and yearbooks print them: small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the blind round 8 of layouts
(`tests/fixtures/generality/round8/layout/`): a critical apparatus keyed by
the text's line numbers in the foot, next to the notes; a note run over to
the next page whose continuation opens with a mark saying so. Positions are
PDF points from the top left; ``y`` is a baseline. tests/pdfmaker.py draws
the lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, Sheet  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402

CHARTER = ["Nos capitulum ecclesie Transsiluane^1 memorie commendamus quod constitutus",
           "coram nobis Petrus de Mykola^2 totalem portionem suam in villa Zenthmihal",
           "habitam, cum siluis et aquis, pro quadraginta marcis argenti vendidit.^3"]
APPARATUS = ["1 Transsiluane] Transylvanae B 2 Mykola] Mikola B", "3 siluis] sylvis B 3 argenti] om. B"]
NOTES = [("1", ["Arhivele Naționale, Cluj, Colecția de documente medievale, nr. 318."]),
         ("2", ["Satul Sânmihai, azi parte a comunei Apahida."]), ("3", ["Mureșan, op. cit., nr. 251."])]
EXPECTED = [("1", "Arhivele Naționale, Cluj, Colecția de documente medievale, nr. 318."),
            ("2", "Satul Sânmihai, azi parte a comunei Apahida."), ("3", "Mureșan, op. cit., nr. 251.")]


def notes(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def foot(sheet: Sheet, y: float, parts: list[list[str] | list[tuple[str, list[str]]]], raised: bool = False) -> None:
    """Under a short rule, one after the other: apparatus lines (strings) and notes ((label, lines))."""
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    for part in parts:
        for item in part:
            if isinstance(item, str):
                sheet.line(LEFT, y, item, size=NOTE_SIZE)
                y += NOTE_LEADING
            else:
                y = sheet.note(LEFT, y, item[0], item[1], raised_label=raised)
        y += 4  # a small gap between the apparatus and the notes


def test_a_critical_apparatus_above_the_notes_is_no_note_and_its_line_numbers_no_labels(tmp_path):
    sheet = Sheet(tmp_path / "apparatus.pdf")
    sheet.body(CHARTER)
    foot(sheet, 700, [APPARATUS, NOTES])
    lay = analyse_layout(read_document(sheet.save()))
    assert [(n.note_no, n.text) for n in lay.notes] == EXPECTED
    before = [lay.doc.text[:n.marker_start].rsplit(None, 1)[-1] for n in lay.notes]
    assert before == ["Transsiluane", "Mykola", "vendidit."]
    assert "3 siluis] sylvis B 3 argenti] om. B" in lay.doc.text  # kept as text of the page, not dropped


def test_a_critical_apparatus_under_raised_labelled_notes_is_no_note(tmp_path):
    sheet = Sheet(tmp_path / "apparatus_under.pdf")
    sheet.body(CHARTER)
    foot(sheet, 700, [NOTES, APPARATUS], raised=True)
    assert notes(sheet.save()) == EXPECTED


def test_an_apparatus_entry_run_over_a_full_line_stays_in_the_apparatus(tmp_path):
    sheet = Sheet(tmp_path / "apparatus_runover.pdf")
    sheet.body(CHARTER)
    long = "1 Transsiluane] Transylvanae B, Transilvane C, Transiluane D, Transsylvane E, Transyluane F,"
    foot(sheet, 690, [NOTES, [long, "Transilvanae H 2 Mykola] Mikola B", "3 argenti] om. B"]], raised=True)
    assert notes(sheet.save()) == EXPECTED


def test_a_note_whose_words_close_a_bracket_after_figures_stays_a_note(tmp_path):
    sheet = Sheet(tmp_path / "bracket.pdf")
    sheet.body(["The copy misdates the charter.^1 The editor followed it.^2"])
    foot(sheet, 740, [[("1", ["Ibid., p. 12 (the reading 1389] of the copy is wrong)."]), ("2", ["Ibid., p. 13."])]])
    assert notes(sheet.save()) == [("1", "Ibid., p. 12 (the reading 1389] of the copy is wrong)."),
                                   ("2", "Ibid., p. 13.")]


def run_over(tmp_path: Path, name: str, mark: str, first: str = "mõisa arhiivis.") -> list[tuple[str, str]]:
    """Note 2 runs over to page 2, whose foot opens with ``mark`` over its continuation (``first`` …)."""
    sheet = Sheet(tmp_path / name)
    sheet.body(["Vallakohus pidas protokolli.^1"] + ["Kohtuasjade arv kasvas aasta-aastalt kümnendi lõpuni."] * 44
               + ["Protokollid on säilinud lünkadega.^2"])
    y = 735.0
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    y = sheet.note(LEFT, y, "1", ["RA, EAA.3412.1.7, l. 4."])
    sheet.note(LEFT, y, "2", ["Valla kohtuprotokollid aastatest 1866–1870 on kirjutatud saksa keeles ja köidetud",
                              "koos valla maksuraamatutega; aastatest 1871–1879 on protokollid eesti keeles ja"])
    sheet.next_page()
    sheet.body(["Kohus käis koos kord kuus.^3"])
    y = 745.0
    sheet.rule(LEFT, LEFT + 144, y - NOTE_LEADING - 2)
    if mark:
        sheet.line(LEFT, y, mark, size=NOTE_SIZE)
        y += NOTE_LEADING
    y = sheet.lines(LEFT + 14, y, [first], size=NOTE_SIZE, leading=NOTE_LEADING)
    sheet.note(LEFT, y, "3", ["Samas, l. 44."])
    return notes(sheet.save())


SECOND = ("Valla kohtuprotokollid aastatest 1866–1870 on kirjutatud saksa keeles ja köidetud koos valla "
          "maksuraamatutega; aastatest 1871–1879 on protokollid eesti keeles ja ")


def test_a_continued_mark_over_a_note_run_over_is_no_word_of_the_note(tmp_path):
    assert run_over(tmp_path, "jarg.pdf", "(järg)") == [
        ("1", "RA, EAA.3412.1.7, l. 4."), ("2", SECOND + "mõisa arhiivis."), ("3", "Samas, l. 44.")]


def test_a_continued_mark_in_another_language_and_brackets_is_dropped_too(tmp_path):
    assert run_over(tmp_path, "continued.pdf", "[Continued]")[1] == ("2", SECOND + "mõisa arhiivis.")


def test_a_continuation_opening_with_the_word_continued_keeps_it(tmp_path):
    assert run_over(tmp_path, "word.pdf", "", "continued the register.")[1] == ("2", SECOND + "continued the register.")


def test_margin_line_numbers_every_fifth_line_are_no_words_of_the_text(tmp_path):
    sheet = Sheet(tmp_path / "numbered.pdf")
    text = ["Nos capitulum ecclesie Transsiluane memorie commendamus quod", "constitutus coram nobis Petrus de Mykola",
            "ex una parte, ab altera vero Johannes frater eius carnalis,", "idem Petrus totalem portionem suam",
            "in villa Zenthmihal habitam, cum omnibus utilitatibus,", "terris arabilibus, pratis, siluis et aquis,",
            "eidem Johanni pro quadraginta marcis argenti vendidit.^1"]
    y = sheet.body(text, x=LEFT + 20)
    sheet.line(LEFT + 4, 96.0 + 4 * 14.0, "5")
    sheet.line(LEFT + 20, y, "tradidit, assumens ipsum ab omni impetitione defendere,")
    sheet.line(LEFT + 20, y + 14, "propriis laboribus et expensis. Datum feria tertia")
    sheet.line(LEFT + 20, y + 28, "proxima post festum beati Michaelis archangeli.")
    sheet.line(LEFT - 2, y + 28, "10")
    sheet.footnotes([("1", ["Mureșan, op. cit., nr. 251."])])
    lay = analyse_layout(read_document(sheet.save()))
    body = "\n".join(b.raw for b in lay.blocks if b.zone == "body")
    assert body.splitlines() == [*text[:6], "eidem Johanni pro quadraginta marcis argenti vendidit.1",
                                 "tradidit, assumens ipsum ab omni impetitione defendere,",
                                 "propriis laboribus et expensis. Datum feria tertia",
                                 "proxima post festum beati Michaelis archangeli."]
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "Mureșan, op. cit., nr. 251.")]


def test_numbered_paragraphs_at_the_texts_edge_keep_their_numbers(tmp_path):
    sheet = Sheet(tmp_path / "paragraphs.pdf")
    y = sheet.body(["The council listed its grievances in three articles, which the prefect",
                    "forwarded to Paris with a covering letter of his own."])
    for k, text in enumerate(["The council met in March.", "It rose without a decision.", "The prefect reported."]):
        sheet.line(LEFT, y + 14 * k, str(k + 1))
        sheet.line(LEFT + 16, y + 14 * k, text)
    body = "\n".join(b.raw for b in analyse_layout(read_document(sheet.save())).blocks if b.zone == "body")
    assert body.splitlines()[2:] == ["1 The council met in March.", "2 It rose without a decision.",
                                     "3 The prefect reported."]
