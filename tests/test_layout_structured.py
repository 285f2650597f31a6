"""Layout of documents whose reader states the zones (PDF, Word, TEI): regions become blocks and notes."""

from histkit.layout import analyse_layout
from histkit.read import Document, NoteMark, Region, TextBuilder


def structured(build) -> Document:
    built = TextBuilder()
    build(built)
    text, regions, marks = built.result()
    return Document("d", "d.pdf", text, regions=regions, marks=marks)


def two_articles(built: TextBuilder) -> None:
    built.add("Tito met Spaak.", "body", page=1)
    built.mark("1")
    built.add("AJ, 507.", "note", note_no="1", page=1)
    built.add("They met again.", "body", page=2)
    built.mark("2")
    built.add("AJ, 508.", "note", note_no="2", page=2)
    built.add("A second article", "heading", page=3)
    built.add("Kardelj wrote.", "body", page=3)
    built.mark("1")
    built.add("DAMSP, 1951.", "note", note_no="1", page=3)


def test_notes_numbered_from_1_again_are_numbered_on_in_reading_order_and_keep_their_printed_label():
    lay = analyse_layout(structured(two_articles))
    assert [(n.note_no, n.label, n.text, n.page) for n in lay.notes] == [
        ("1", "1", "AJ, 507.", 1), ("2", "2", "AJ, 508.", 2), ("3", "1", "DAMSP, 1951.", 3)]


def test_each_call_of_a_repeated_number_links_the_note_of_its_own_series():
    doc = structured(two_articles)
    lay = analyse_layout(doc)
    calls = {n.note_no: doc.text[n.marker_start - 6:n.marker_start + 1] for n in lay.notes}
    assert calls == {"1": "Spaak.1", "2": "again.2", "3": "wrote.1"}
    assert lay.warnings == []


def test_a_symbol_note_of_a_later_series_is_keyed_by_its_series():
    built = TextBuilder()
    for k, (no, page) in enumerate([("1", 1), ("2", 1), ("1", 2), ("*", 2)]):
        built.add(f"Line {k}.", "body", page=page)
        built.mark(no)
        built.add(f"Note {k}.", "note", note_no=no, page=page)
    text, regions, marks = built.result()
    lay = analyse_layout(Document("t", "t.pdf", text, regions=regions, marks=marks))
    assert [(n.note_no, n.label, n.text) for n in lay.notes] == [
        ("1", "1", "Note 0."), ("2", "2", "Note 1."), ("3", "1", "Note 2."), ("2.*", "*", "Note 3.")]


def test_a_note_continued_in_a_second_region_right_after_it_stays_one_note():
    text = "Tito met Spaak.1\n\n1 AJ, 507, a long\n\nnote that ends here.\n"
    first, rest = text.index("1 AJ"), text.index("note that")
    regions = (Region(0, 16, "body", page=1), Region(first, first + 17, "note", "1", page=1),
               Region(rest, rest + 20, "note", "1", page=2))
    doc = Document("d", "d.pdf", text, regions=regions, marks=(NoteMark("1", 15, 16),))
    lay = analyse_layout(doc)
    assert [(n.note_no, n.text, n.page) for n in lay.notes] == [("1", "AJ, 507, a long note that ends here.", 1)]
