"""Footnotes as journals outside the corpus print them (round 6 of layouts): small PDFs drawn here, exact notes expected.

Each test draws one habit of a page seen in the layouts of round 6
(`tests/fixtures/generality/round6/layout/`): note labels set at a
first-line indent over justified lines whose words stand apart (so a
continuation line may start with a number at the margin), footnotes in two
columns with a note running over beside the next one, a URL broken after a
dot, a name broken inside `rr`, an adjective compound broken at its own
hyphen. Positions are PDF points from the top left; ``y`` is a baseline.
tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, NOTE_LEADING, NOTE_SIZE, RIGHT, Sheet  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402

INDENT = 12.0  # the first line of a note (its label) starts this far in; the lines after it at the margin


def notes(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def justified(sheet: Sheet, x: float, y: float, text: str, right: float, last: bool) -> None:
    """One note line word by word (as a typesetter justifies it: each word drawn where it stands), spread to
    ``right`` unless it is a note's last line."""
    words = text.split()
    widths = [sheet.width(w, NOTE_SIZE) for w in words]
    space = sheet.width(" ", NOTE_SIZE)
    if not last and len(words) > 1:
        space = (right - x - sum(widths)) / (len(words) - 1)
    if x + sum(widths) + space * (len(words) - 1) > right + 0.5 or space < 0.8 * sheet.width(" ", NOTE_SIZE):
        raise ValueError(f"{text!r} does not fit justified between {x:.1f} and {right:.1f}")
    for word, width in zip(words, widths):
        sheet.line(x, y, word, size=NOTE_SIZE, limit=right)
        x += width + space


def indented_column(sheet: Sheet, x: float, right: float, y: float,
                    notes_: list[tuple[str | None, list[str]]], runs_over: bool = False) -> float:
    """Notes whose label line is indented by `INDENT`, the other lines at ``x``; a note without label goes on
    from the page before, and with ``runs_over`` the last note goes on overleaf (its last line here justified).
    Returns the baseline after the last line."""
    for n, (label, lines) in enumerate(notes_):
        for k, text in enumerate(lines):
            first = k == 0 and label is not None
            ends = k == len(lines) - 1 and not (runs_over and n == len(notes_) - 1)
            justified(sheet, x + INDENT if first else x, y, f"{label} {text}" if first else text, right, last=ends)
            y += NOTE_LEADING
    return y


def test_a_number_at_the_margin_under_indented_labels_goes_on_with_its_note(tmp_path):
    sheet = Sheet(tmp_path / "margin_number.pdf")
    sheet.body(["The county protested.^1 The minutes record it.^2 The dispute went on.^3", "It ended in 1839.^4"])
    sheet.rule(LEFT, LEFT + 144, 678)
    indented_column(sheet, LEFT, RIGHT, 690, [
        ("1.", ["Uo. 1836. 418. sz."]),
        ("2.", ["SzML IV. 1. b. Közgyűlési iratok, 1837. Alispáni levelezés és a megye válasza a helytartótanácsnak,",
                "15. doboz, 233. sz."]),
        ("3.", ["Kerekes Lajos: A megyei közigazgatás a reformkorban. Budapest, 1961. 77–92., a vámokról",
                "81–84."]),
        ("4.", ["Uo. 140–145."]),
    ])
    assert notes(sheet.save()) == [
        ("1", "Uo. 1836. 418. sz."),
        ("2", "SzML IV. 1. b. Közgyűlési iratok, 1837. Alispáni levelezés és a megye válasza a helytartótanácsnak, "
              "15. doboz, 233. sz."),
        ("3", "Kerekes Lajos: A megyei közigazgatás a reformkorban. Budapest, 1961. 77–92., a vámokról 81–84."),
        ("4", "Uo. 140–145."),
    ]


def test_footnotes_in_two_columns_run_left_then_right_and_on_beside_the_next_note(tmp_path):
    sheet = Sheet(tmp_path / "two_columns.pdf")
    middle = (LEFT + RIGHT) / 2
    sheet.body(["The bridge toll was kept.^1 The nobles protested.^2 So did the towns.^3 The county",
                "gave way.^4 The diet heard of it.^5"])
    sheet.rule(LEFT, RIGHT, 678)
    indented_column(sheet, LEFT, middle - 7, 690, [
        ("1.", ["SzML IV. 1. a. Közgyűlési jegyzőkönyvek,", "1836. 412. sz."]),
        ("2.", ["Uo. 1836. 418. sz."]),
        ("3.", ["A jegyzőkönyv szerint a nemes rend tagjai", "12. sz. alatt huszonheten írták alá."]),
    ])
    indented_column(sheet, middle + 7, RIGHT, 690, [
        ("4.", ["Uo. 1838. március 19., a megye levele."]),
        ("5.", ["A kérdést részletesen tárgyalja Bodnár", "Géza: Követutasítások és a megyei politika,"]),
    ], runs_over=True)
    sheet.next_page()
    sheet.body(["The toll stayed with the county until 1848.^6"])
    sheet.rule(LEFT, RIGHT, 744)
    indented_column(sheet, LEFT, middle - 7, 756, [(None, ["1832–1848. Debrecen, 1988. 203–231."])])
    indented_column(sheet, middle + 7, RIGHT, 756, [("6.", ["Bodnár: i. m. 229."])])
    assert notes(sheet.save()) == [
        ("1", "SzML IV. 1. a. Közgyűlési jegyzőkönyvek, 1836. 412. sz."),
        ("2", "Uo. 1836. 418. sz."),
        ("3", "A jegyzőkönyv szerint a nemes rend tagjai 12. sz. alatt huszonheten írták alá."),
        ("4", "Uo. 1838. március 19., a megye levele."),
        ("5", "A kérdést részletesen tárgyalja Bodnár Géza: Követutasítások és a megyei politika, "
              "1832–1848. Debrecen, 1988. 203–231."),
        ("6", "Bodnár: i. m. 229."),
    ]


def test_a_url_broken_after_a_dot_is_joined_without_a_space(tmp_path):
    sheet = Sheet(tmp_path / "url.pdf")
    sheet.body(["The minutes were digitised.^1 The bulletin printed the rule.^2"])
    sheet.rule(LEFT, LEFT + 144, 678)
    indented_column(sheet, LEFT, RIGHT, 690, [
        ("1", ["Les actes es poden consultar en línia a la pàgina http://arxiumunicipal.",
               "vilanovademar.cat/fons/confraria-pescadors/actes (consulta: 12 de març de 2022)."]),
        ("2", ["Butlletí Oficial de la Província, 14 de juny de 1883; el text és a www.bop.diba.cat.",
               "la consulta és lliure."]),
    ])
    assert notes(sheet.save()) == [
        ("1", "Les actes es poden consultar en línia a la pàgina "
              "http://arxiumunicipal.vilanovademar.cat/fons/confraria-pescadors/actes (consulta: 12 de març de 2022)."),
        ("2", "Butlletí Oficial de la Província, 14 de juny de 1883; el text és a www.bop.diba.cat. la consulta és lliure."),
    ]


def test_a_word_broken_inside_a_doubled_consonant_is_joined(tmp_path):
    sheet = Sheet(tmp_path / "doubled.pdf")
    sheet.body(["The border was disputed.^1 The fishermen went on.^2"])
    sheet.footnotes([
        ("1", ["Sobre els conflictes per les zones de pesca vegeu Montse-", "rrat Rovira, «Pescadors i fronteres»."]),
        ("2", ["Ibídem, p. 95."]),
    ])
    assert notes(sheet.save()) == [
        ("1", "Sobre els conflictes per les zones de pesca vegeu Montserrat Rovira, «Pescadors i fronteres»."),
        ("2", "Ibídem, p. 95."),
    ]


def test_an_adjective_compound_broken_at_its_hyphen_keeps_it_where_the_text_joins_adjectives_so(tmp_path):
    # the document joins adjectives by a linking `-o-` three times and writes `administratiu` elsewhere; a word
    # broken after an `o` (`testimo-` + `niatge`) is still joined
    sheet = Sheet(tmp_path / "compound.pdf")
    sheet.body(["The quarrel was catalano-occitana,^1 or hispano-francesa, not econòmico-social;",
                "the lawsuit was politico-administratiu.^2"])
    sheet.footnotes([
        ("1", ["Ferrer, La Confraria, p. 61; la lectura jurídico-", "administrativa és la que segueix tothom."]),
        ("2", ["Ferrer, La Confraria, p. 63, amb el testimo-", "niatge del secretari."]),
    ])
    assert notes(sheet.save()) == [
        ("1", "Ferrer, La Confraria, p. 61; la lectura jurídico-administrativa és la que segueix tothom."),
        ("2", "Ferrer, La Confraria, p. 63, amb el testimoniatge del secretari."),
    ]
