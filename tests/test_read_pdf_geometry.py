"""The PDF reader's geometry, case by case: small PDFs drawn here with reportlab, exact expectations.

Each test draws what one kind of printed page does (a rotated marginal head,
a side note running on into the foot's columns, plain hanging labels, a
bilingual page printing each note twice, a raised "nd", a label set a tab
off its text, an abstract in small type above the footnotes, a new article
starting in the middle of a two-column page, …) and checks the regions,
marks and notes the reader gives. Positions are PDF points from the top left;
``y`` is a baseline. tests/pdfmaker.py draws the lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import PAGE_H, Sheet  # noqa: E402

from histkit import CorpusError, analyse_layout, read_document  # noqa: E402
from histkit.read.pdf import read_pdf  # noqa: E402


def parsed(path: Path):
    return read_pdf(path, path.read_bytes())


def notes(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def zones(path: Path, zone: str) -> list[str]:
    result = parsed(path)
    return [result.text[r.start:r.end] for r in result.regions if r.zone == zone]


def body_text(path: Path) -> str:
    """The body blocks' clean reading joined with single spaces."""
    lay = analyse_layout(read_document(path))
    return " ".join(" ".join(b.text for b in lay.blocks if b.zone == "body").split())


def one_note_page(sheet: Sheet, body: list[str], label: str, note: list[str]) -> None:
    sheet.body(body)
    sheet.footnotes([(label, note)])


# -- markers -------------------------------------------------------------------------------------------------------

def test_a_raised_marker_becomes_a_note_mark_at_its_exact_place_in_the_text(tmp_path):
    sheet = Sheet(tmp_path / "mark.pdf")
    one_note_page(sheet, ["Kardelj wrote to Moscow in March.^1 Nobody answered."], "1", ["AJ, 507, 12."])
    result = parsed(sheet.save())
    (mark,) = result.marks
    assert (mark.note_no, result.text[mark.start - 6:mark.end]) == ("1", "March.1")
    assert result.text.startswith("Kardelj wrote to Moscow in March.1 Nobody answered.\n\n1 AJ, 507, 12.")


def test_a_raised_ordinal_suffix_is_glued_to_its_number_and_is_no_marker(tmp_path):
    sheet = Sheet(tmp_path / "ordinal.pdf")
    sheet.line(72, 96, "On the 2")
    x = 72 + sheet.width("On the 2", 11)
    sheet.canvas.setFont("DejaVuSerif", 6.5)
    sheet.canvas.drawString(x, PAGE_H - 96 + 4.5, "nd")
    sheet.line(x + sheet.width("nd", 6.5), 96, " of May the envoy left.")
    result = parsed(sheet.save())
    assert result.text == "On the 2nd of May the envoy left.\n"
    assert result.marks == ()


def test_a_superscript_number_that_calls_no_note_stays_text(tmp_path):
    sheet = Sheet(tmp_path / "no_note.pdf")
    sheet.body(["The hall measured 120 m^2 and held two hundred delegates."])
    result = parsed(sheet.save())
    assert result.text == "The hall measured 120 m2 and held two hundred delegates.\n"
    assert result.marks == ()


# -- footnote labels -----------------------------------------------------------------------------------------------

def test_plain_labels_hanging_out_of_the_note_column_start_the_notes_and_a_year_at_a_line_start_does_not(tmp_path):
    sheet = Sheet(tmp_path / "hanging.pdf")
    sheet.body(["Bacon’s facts came from the law courts.^1 So did the word.^2"])
    y = 700.0
    sheet.rule(72, 216, y - 12)
    y = sheet.note(72, y, "1", ["Julian Martin, Francis Bacon, the State and the Reform,", "1992 reprint, Cambridge 1992."])
    sheet.note(72, y, "2", ["Barbara J. Shapiro, A Culture of Fact, Ithaca 2000."])
    assert notes(sheet.save()) == [
        ("1", "Julian Martin, Francis Bacon, the State and the Reform, 1992 reprint, Cambridge 1992."),
        ("2", "Barbara J. Shapiro, A Culture of Fact, Ithaca 2000."),
    ]


def test_a_raised_label_set_a_tab_off_its_text_labels_it_even_when_the_note_is_only_id(tmp_path):
    sheet = Sheet(tmp_path / "tabbed.pdf")
    sheet.body(["The statute was amended twice.^1 It was then repealed.^2 Later restored.^3"])
    sheet.rule(72, 216, 680)
    for k, (label, text) in enumerate([("1", "Pub. L. No. 95-561, 92 Stat. 2216 (1978)."), ("2", "Id."),
                                       ("3", "20 U.S.C. § 3863(a)(1) (1982).")]):
        y = 700 + 13 * k
        sheet.line(72, y, f"^{label}", size=10, marker_size=6, marker_rise=3)
        sheet.line(96, y, text, size=10)
    assert notes(sheet.save()) == [("1", "Pub. L. No. 95-561, 92 Stat. 2216 (1978)."), ("2", "Id."),
                                   ("3", "20 U.S.C. § 3863(a)(1) (1982).")]


def test_a_symbol_label_drawn_twice_over_is_one_label(tmp_path):
    sheet = Sheet(tmp_path / "doubled.pdf")
    sheet.body(["Miha Zobec^*"])
    sheet.rule(72, 216, 740)
    sheet.line(72, 760, "^*", size=10, marker_size=5.8, marker_rise=3)
    sheet.line(75, 760, "^*", size=10, marker_size=5.8, marker_rise=3)
    sheet.line(82, 760, "Dr., asistent z doktoratom, ZRC SAZU.", size=10)
    assert notes(sheet.save()) == [("*", "Dr., asistent z doktoratom, ZRC SAZU.")]


# -- what is not a footnote ----------------------------------------------------------------------------------------

def test_an_abstract_in_small_type_above_the_footnotes_is_body_not_a_note(tmp_path):
    sheet = Sheet(tmp_path / "abstract.pdf")
    sheet.line(240, 96, "Ivana Dobrivojević^*", size=12)
    sheet.lines(72, 200, ["The work considers family planning in Yugoslavia in the 20th century.",
                          "Abortion remained the main method of family planning."], size=10, leading=17)
    sheet.line(72, 700, "^*", size=10, marker_size=5.8, marker_rise=3)
    sheet.line(78, 700, "Institut za savremenu istoriju, Beograd.", size=10)
    sheet.next_page()  # the body's own type (12 pt) is the commonest, as over a whole article
    sheet.lines(72, 96, ["Between the wars abortion was illegal in the Kingdom of Yugoslavia."] * 6, size=12)
    result = parsed(sheet.save())
    assert [result.text[r.start:r.end] for r in result.regions if r.zone == "note"] == [
        "* Institut za savremenu istoriju, Beograd."]
    assert "The work considers family planning in Yugoslavia in the 20th century.\nAbortion remained" in result.text


def test_a_page_of_small_type_after_the_last_note_does_not_run_on_the_note(tmp_path):
    sheet = Sheet(tmp_path / "summary.pdf")
    one_note_page(sheet, ["The last paragraph of the article ends here.^1"], "1", ["SI AS 1931, t. e. 3131."])
    sheet.next_page()
    sheet.lines(72, 96, ["Summary. The article shows how the emigrants were watched by the state",
                         "and how little the state knew of them."], size=9, leading=11)
    assert notes(sheet.save()) == [("1", "SI AS 1931, t. e. 3131.")]


def test_a_lone_line_in_body_type_under_a_first_pages_footnotes_is_furniture_not_body(tmp_path):
    sheet = Sheet(tmp_path / "doi.pdf")
    one_note_page(sheet, ["Archives are changing.^1"], "1", ["Zusammenfassend zur Geschichte des Zugangs."])
    sheet.line(200, 806, "DOI: 10.5771/2699-1284-2020-1-5", size=11)
    path = sheet.save()
    assert zones(path, "running_head") == ["DOI: 10.5771/2699-1284-2020-1-5"]
    assert notes(path) == [("1", "Zusammenfassend zur Geschichte des Zugangs.")]


# -- running heads ----------------------------------------------------------------------------------------------------

def test_rotated_text_in_the_margin_is_a_running_head(tmp_path):
    sheet = Sheet(tmp_path / "rotated.pdf")
    for page, body in enumerate(["The fact had a history before it had a name.", "Bacon gave it one."]):
        if page:
            sheet.next_page()
        sheet.body([body])
        c = sheet.canvas
        c.saveState()
        c.translate(560, PAGE_H - 700)
        c.rotate(90)
        c.setFont("DejaVuSans", 8)
        c.drawString(0, 0, "Rg1/2002")
        c.restoreState()
    result = parsed(sheet.save())
    assert [(r.page, result.text[r.start:r.end]) for r in result.regions if r.zone == "running_head"] == [
        (1, "Rg1/2002"), (2, "Rg1/2002")]
    assert body_text(sheet.path) == "The fact had a history before it had a name. Bacon gave it one."


def test_a_head_in_the_bottom_margin_repeated_on_every_other_page_is_a_running_head(tmp_path):
    sheet = Sheet(tmp_path / "foot_head.pdf")
    for page, body in enumerate(["The review begins.", "It goes on.", "It argues.", "It ends."]):
        if page:
            sheet.next_page()
        sheet.body([body])
        sheet.line(52, 742, "Lerch, Kreuz des Nordens" if page % 2 else "Rechtsgeschichte", size=8)
    assert zones(sheet.save(), "running_head") == ["Rechtsgeschichte", "Lerch, Kreuz des Nordens"] * 2


def test_a_lone_note_on_a_page_whose_label_is_the_folio_the_page_before_suggests_stays_a_note(tmp_path):
    sheet = Sheet(tmp_path / "lone_note.pdf")  # (`2 Ibid.` under note 1, then `3 …` alone overleaf: not folios 2, 3)
    sheet.body(["The vestry met in March.^1 It raised the poor rate^2 at once."])
    sheet.footnotes([("1", ["Vestry minutes, 1834–1840, fol. 12."]), ("2", ["Ibid., fol. 14."])])
    sheet.next_page()
    sheet.body(["The overseers objected.^3"])
    sheet.footnotes([("3", ["Overseers' accounts, 1835."])])
    assert zones(sheet.save(), "note") == ["1 Vestry minutes, 1834–1840, fol. 12.", "2 Ibid., fol. 14.",
                                           "3 Overseers' accounts, 1835."]


# -- side notes and foot columns -----------------------------------------------------------------------------------

BODY_X, BODY_LIMIT = 238.0, 504.0


def side_page(sheet: Sheet, body: list[str]) -> None:
    sheet.lines(BODY_X, 96, body, limit=BODY_LIMIT)


def test_a_side_note_runs_on_into_the_foot_columns_under_the_body(tmp_path):
    sheet = Sheet(tmp_path / "side_to_foot.pdf")
    side_page(sheet, ["Studies of experiment, of collecting and", "of archival research abound.^5 They show",
                      "that experience has a history, and that", "the history can be written."])
    sheet.note(72, 110, "5", ["Steven Shapin and Simon", "Schaffer, Leviathan and the", "Air-Pump, Princeton 1985;"],
               size=8, leading=10, limit=204)
    sheet.lines(BODY_X, 600, ["Peter Galison, How Experi-", "ments End, Chicago 1987;"], size=8, leading=10, limit=354)
    sheet.lines(388, 600, ["Mary Poovey, A History of", "the Modern Fact, 1998."], size=8, leading=10, limit=BODY_LIMIT)
    assert notes(sheet.save()) == [("5", "Steven Shapin and Simon Schaffer, Leviathan and the Air-Pump, Princeton "
                                         "1985; Peter Galison, How Experiments End, Chicago 1987; Mary Poovey, "
                                         "A History of the Modern Fact, 1998.")]


def test_foot_columns_read_before_a_side_column_when_their_numbers_come_first(tmp_path):
    sheet = Sheet(tmp_path / "foot_then_side.pdf")
    sheet.lines(82, 96, ["The Royal Society never finished it.^1", "The Académie did.^2 Both wrote",
                         "questionnaires,^3 and the answers came.^4"], limit=348)
    sheet.note(358, 96, None, ["animaux, Amsterdam 1736."], size=8, leading=10, limit=500)
    sheet.note(358, 130, "4", ["PTRS IX (1674) 41–47."], size=8, leading=10, limit=500)
    y = sheet.note(70, 600, "1", ["PTRS I (1665) 46–52."], size=8, leading=10, limit=210)
    sheet.note(70, y, "2", ["Histoire de l’Académie, 1734."], size=8, leading=10, limit=210)
    sheet.note(220, 600, "3", ["Mémoire pour servir à", "l’histoire naturelle des"], size=8, leading=10, limit=348)
    assert notes(sheet.save()) == [
        ("1", "PTRS I (1665) 46–52."), ("2", "Histoire de l’Académie, 1734."),
        ("3", "Mémoire pour servir à l’histoire naturelle des animaux, Amsterdam 1736."),
        ("4", "PTRS IX (1674) 41–47.")]


def test_a_bilingual_page_printing_each_note_twice_gives_each_note_both_copies(tmp_path):
    sheet = Sheet(tmp_path / "bilingual.pdf")
    sheet.lines(57, 96, ["Die Wissenschaft wirbelt Staub auf.^2"], limit=283)
    sheet.lines(312, 96, ["Scholarship stirs up the dust.^2"], limit=539)
    sheet.rule(57, 200, 690)
    for x, text in ((57, "Vgl. Jhering, Unsere Aufgabe, 1857."), (312, "Cf. Jhering, Our Task (1857).")):
        sheet.line(x, 710, "2", size=7)
        sheet.line(x + 14, 710, text, size=7, limit=x + 226)
    assert notes(sheet.save()) == [("2", "Vgl. Jhering, Unsere Aufgabe, 1857. Cf. Jhering, Our Task (1857).")]


def test_a_bilingual_page_whose_labels_stand_on_the_line_at_each_columns_edge_gives_each_note_both_copies(tmp_path):
    # labels printed in line with the notes' text at the column's edge, turned lines indented: in the second column
    # the numbers the first began on the page are the translation's copies, in order, not words of the last note
    sheet = Sheet(tmp_path / "bilingual_plain.pdf")
    for page, (first, second) in enumerate((("1", "2"), ("3", "4"))):
        sheet.lines(57, 96, [f"Die Wissenschaft wirbelt Staub auf.^{first}", f"Sie ruht nie.^{second}"], limit=283)
        sheet.lines(312, 96, [f"Scholarship stirs up the dust.^{first}", f"It never rests.^{second}"], limit=539)
        sheet.rule(57, 200, 680)
        for x, top, words in ((57, 700, ("Ebd., 417 ff.", "Jhering, Unsere Aufgabe,")),
                              (312, 690, ("Ibid., 417 ff.", "Jhering, Our Task,"))):
            sheet.line(x, top, f"{first} {words[0]}", size=7)
            sheet.line(x, top + 9, f"{second} {words[1]}", size=7)
            sheet.line(x + 9, top + 18, "1857, 12.", size=7)
        if not page:
            sheet.next_page()
    both = [("Ebd., 417 ff. Ibid., 417 ff."), "Jhering, Unsere Aufgabe, 1857, 12. Jhering, Our Task, 1857, 12."]
    assert notes(sheet.save()) == [(str(n), both[(n - 1) % 2]) for n in range(1, 5)]


# -- columns, headings, paragraphs ---------------------------------------------------------------------------------

def test_a_new_article_starting_under_the_end_of_the_last_in_both_columns_is_read_after_it(tmp_path):
    sheet = Sheet(tmp_path / "bands.pdf")
    sheet.lines(88, 96, ["the end of the first", "review runs on here"], limit=281)
    sheet.lines(310, 96, ["and ends here.", "John W. Cairns"], limit=504)
    sheet.line(105, 180, "Kreuz des Nordens", size=18)
    sheet.lines(88, 220, ["The second review starts", "in the left column"], limit=281)
    sheet.lines(310, 220, ["and goes on in the", "right column."], limit=504)
    assert body_text(sheet.path if sheet.save() else None) == (
        "the end of the first review runs on here and ends here. John W. Cairns The second review starts "
        "in the left column and goes on in the right column.")
    assert zones(sheet.path, "heading") == ["Kreuz des Nordens"]


def test_a_larger_line_is_a_heading_and_an_indented_line_starts_a_paragraph(tmp_path):
    sheet = Sheet(tmp_path / "paragraphs.pdf")
    sheet.line(72, 80, "The Triangular Relationship", size=14)
    sheet.body(["Each development in the relations with either German state had",
                "consequences for the other one."], top=110)
    sheet.body(["The Yugoslav–Soviet split brought a divide between the parties,"], top=138, x=108)
    sheet.body(["and the GDR followed Moscow."], top=152)
    assert zones(sheet.save(), "heading") == ["The Triangular Relationship"]
    assert zones(sheet.path, "body") == [
        "Each development in the relations with either German state had\nconsequences for the other one.",
        "The Yugoslav–Soviet split brought a divide between the parties,\nand the GDR followed Moscow."]


def test_a_bold_line_in_body_size_is_a_heading(tmp_path):
    sheet = Sheet(tmp_path / "bold.pdf")
    from reportlab.pdfbase.pdfmetrics import registerFont
    from reportlab.pdfbase.ttfonts import TTFont
    import matplotlib

    registerFont(TTFont("DejaVuSerif-Bold", str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" /
                                                 "DejaVuSerif-Bold.ttf")))
    sheet.canvas.setFont("DejaVuSerif-Bold", 11)
    sheet.canvas.drawString(72, PAGE_H - 80, "Sources and References")
    sheet.body(["AJ – Arhiv Jugoslavije, fond 507."], top=110)
    assert zones(sheet.save(), "heading") == ["Sources and References"]


# -- regions, metadata, problems -----------------------------------------------------------------------------------

def test_regions_carry_the_page_and_a_box_around_their_lines(tmp_path):
    sheet = Sheet(tmp_path / "boxes.pdf")
    sheet.body(["First page.^1"])
    sheet.footnotes([("1", ["AJ, 507."])])
    sheet.next_page()
    sheet.body(["Second page."])
    result = parsed(sheet.save())
    placed = [(r.zone, r.page) for r in result.regions]
    assert placed == [("body", 1), ("note", 1), ("body", 2)]
    body_box, note_box = result.regions[0].box, result.regions[1].box
    assert 71 <= body_box[0] < body_box[2] < 150 and 85 < body_box[1] < body_box[3] < 100
    assert 71 <= note_box[0] < note_box[2] < 150 and 760 < note_box[1] < note_box[3] < 775


def test_a_pdfs_meta_has_its_format_pages_extractor_and_the_title_and_author_it_states(tmp_path):
    sheet = Sheet(tmp_path / "meta.pdf")
    sheet.canvas.setTitle("Tito and the West")
    sheet.canvas.setAuthor("Marta Horvat")
    sheet.body(["Text."])
    meta = parsed(sheet.save()).meta
    assert (meta["source_format"], meta["n_pages"], meta["title"], meta["author"]) == (
        "pdf", 1, "Tito and the West", "Marta Horvat")
    assert meta["extractor"].startswith("pypdfium2 ")


def test_pages_without_text_are_one_problem_naming_them_as_ranges(tmp_path):
    sheet = Sheet(tmp_path / "scans.pdf")
    sheet.body(["The first page has text."])
    for _ in range(2):
        sheet.next_page()
        sheet.scan()
    sheet.next_page()
    sheet.body(["The last page has text."])
    (problem,) = parsed(sheet.save()).problems
    assert problem.stage == "read" and problem.location == "page 2–3"
    assert problem.message.startswith("no text on pages 2–3 (scanned images?); they were left out")


def test_a_pdf_with_no_text_on_any_page_is_an_error_naming_the_pages_and_ocrmypdf(tmp_path):
    sheet = Sheet(tmp_path / "all_scans.pdf")
    sheet.scan()
    sheet.next_page()
    sheet.scan()
    with pytest.raises(CorpusError) as caught:
        parsed(sheet.save())
    assert caught.value.problem == ("no text on pages 1–2: a scan; add a text layer first, e.g. "
                                    "`ocrmypdf in.pdf out.pdf` (or `histkit tables --ocr`)")


def test_bytes_that_only_start_like_a_pdf_are_an_error_not_a_crash(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    with pytest.raises(CorpusError) as caught:
        read_document(path)
    assert "cannot be opened" in caught.value.problem


# -- how the text is drawn -----------------------------------------------------------------------------------------

def test_a_page_turned_by_its_rotate_entry_is_read_in_the_text_upright(tmp_path):
    sheet = Sheet(tmp_path / "turned.pdf")
    sheet.canvas.setPageRotation(90)
    one_note_page(sheet, ["Kardelj wrote to Moscow in March.^1"], "1", ["AJ, 507, 12."])
    assert notes(sheet.save()) == [("1", "AJ, 507, 12.")]
    assert body_text(sheet.path) == "Kardelj wrote to Moscow in March.1"


def test_text_inside_a_form_xobject_is_placed_through_the_forms_matrix(tmp_path):
    sheet = Sheet(tmp_path / "form.pdf")
    c = sheet.canvas
    c.beginForm("page")
    one_note_page(sheet, ["Kardelj wrote to Moscow in March.^1"], "1", ["AJ, 507, 12."])
    c.endForm()
    c.saveState()
    c.translate(0, -20)  # the whole page content set 20 pt lower, as a placed page is
    c.doForm("page")
    c.restoreState()
    result = parsed(sheet.save())
    assert [(r.zone, result.text[r.start:r.end]) for r in result.regions] == [
        ("body", "Kardelj wrote to Moscow in March.1"), ("note", "1 AJ, 507, 12.")]
    assert 105 < result.regions[0].box[3] < 120  # the body's baseline at 96 pt, moved 20 pt down


def test_a_text_object_drawn_zero_wide_adds_no_text_and_the_text_around_it_is_read(tmp_path):
    sheet = Sheet(tmp_path / "zero-wide.pdf")
    one_note_page(sheet, ["Kardelj wrote to Moscow in March.^1"], "1", ["AJ, 507, 12."])
    hidden = sheet.canvas.beginText(72, PAGE_H - 300)
    hidden.setHorizScale(0)  # a run squeezed to no width (PDFium's text page leaves it out)
    hidden.textOut("Hidden words")
    sheet.canvas.drawText(hidden)
    result = parsed(sheet.save())
    assert "Hidden" not in result.text
    assert [(r.zone, result.text[r.start:r.end]) for r in result.regions] == [
        ("body", "Kardelj wrote to Moscow in March.1"), ("note", "1 AJ, 507, 12.")]


def test_a_font_ghostscript_rescaled_is_read_at_the_size_its_glyphs_are_printed():
    # its text font re-embedded with a 2048-unit em: PDFium says 5.12 for 10.5 pt; the calls only compare right
    # once the size is what the glyphs' boxes show
    from histkit import analyse_layout, read_document

    page = Path(__file__).parent / "fixtures" / "pdfwriters" / "ancilla-2020-001-p3-ghostscript.pdf"
    notes = analyse_layout(read_document(page)).notes
    assert [n.note_no for n in notes] == ["4", "5", "6", "7", "8"]
    assert all(n.marker_start is not None for n in notes)
    assert notes[3].text.startswith("Eingehende historische Analysen zur funktionalen Differenzierung")
