"""Two book pages on one PDF page, as a book scanner delivers an opening or a copier two pages to a sheet.

Each page has its text, its notes at its foot and its folio; read as one page, the two texts were two columns and
the two feet one note area, the left page's notes read after the right page's text (layout round 38's German
openings). Read as the two pages they are: left page, then right page. tests/pdfmaker.py draws each page; the
right page is drawn moved a page's width to the right on a sheet twice as wide.
"""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import PAGE_H, PAGE_W, Sheet  # noqa: E402

from histkit import analyse_layout, read_document  # noqa: E402

LEFT_PAGE = ["Um 1815 zählte die Gilde 43 Meister, von denen nur elf eigene",
             "Schiffe besaßen. Die übrigen fuhren als Steuerleute oder Knechte",
             "auf fremder Rechnung oder betrieben die Treidelei mit Pferden,",
             "die sie von Bauern aus Neckargartach mieteten.^1 Eine Talfahrt",
             "nach Mannheim dauerte bei gutem Wasser zwei Tage, die Bergfahrt",
             "mit Pferdezug bis zu acht.^2 Die Rechnungen des Schiffermeisters",
             "Kübler zeigen, wie eng der Spielraum war: Von den Frachtgeldern",
             "einer Bergfahrt blieb nach Abzug der Zölle, der Pferde und des",
             "Knechtslohns oft weniger als ein Fünftel. Kübler fuhr deshalb",
             "im Winter Holz für die Saline Friedrichshall."]
RIGHT_PAGE = ["Zwischen 1817 und 1829 richtete die Gilde nicht weniger als",
              "vierzehn Eingaben an den König, das Innenministerium und die",
              "Ständeversammlung.^3 Ihr Ton wandelte sich dabei deutlich:",
              "Beriefen sich die frühen Schreiben noch auf Privilegien, so",
              "argumentierten die späteren mit dem Auskommen der Familien",
              "und der Sicherheit der Fahrt.^4 Die Regierung antwortete",
              "ausweichend; erst der Vertrag mit Baden von 1835 beendete",
              "den Streit. Dass die Schiffer den Kampf verloren, überrascht",
              "nicht. Bemerkenswert ist, wie rasch sich ein Teil von ihnen",
              "umstellte."]


def test_a_sheet_of_two_pages_is_read_left_page_then_right_page_each_with_its_notes(tmp_path):
    sheet = Sheet(tmp_path / "opening.pdf")
    sheet.canvas.setPageSize((2 * PAGE_W, PAGE_H))
    for k, (lines, notes, folio) in enumerate([
            (LEFT_PAGE, [("1", ["StadtA HN, A 035-7, Meisterliste von 1815."]),
                         ("2", ["Haas, Beschreibung der Neckarfahrt, S. 22–27."])], "58"),
            (RIGHT_PAGE, [("3", ["HStAS, E 146 Bü 5210 und 5211."]),
                          ("4", ["StadtA HN, A 035-14, Eingabe vom 19. November 1827."])], "59")]):
        sheet.canvas.saveState()
        sheet.canvas.translate(k * PAGE_W, 0)
        sheet.body(lines)
        sheet.footnotes(notes)
        sheet.folio(folio)
        sheet.canvas.restoreState()
    lay = analyse_layout(read_document(sheet.save()))
    text = lay.doc.text
    assert [(n.note_no, n.page, text[:n.marker_start].split()[-1]) for n in lay.notes] == [
        ("1", 1, "mieteten."), ("2", 1, "acht."), ("3", 2, "Ständeversammlung."), ("4", 2, "Fahrt.")]
    assert text.index("Meisterliste") < text.index("Zwischen 1817") < text.index("Eingabe vom 19.")


def test_a_wide_page_whose_lines_run_across_its_middle_stays_one_page(tmp_path):
    sheet = Sheet(tmp_path / "wide.pdf")
    sheet.canvas.setPageSize((2 * PAGE_W, PAGE_H))
    sheet.body([a + " " + b for a, b in zip(LEFT_PAGE, RIGHT_PAGE)], limit=2 * PAGE_W)
    sheet.footnotes([("1", ["StadtA HN, A 035-7."]), ("2", ["Haas, S. 22–27."]), ("3", ["HStAS, E 146."]),
                     ("4", ["StadtA HN, A 035-14."])])
    lay = analyse_layout(read_document(sheet.save()))
    assert {n.page for n in lay.notes} == {1} and [n.note_no for n in lay.notes] == ["1", "2", "3", "4"]
