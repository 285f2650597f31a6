"""A short form whose quoted title is followed by its pages with no comma (`Navickas, ‘Title’ 201`) reads the pages
apart and points back to the full citation."""

from histkit import Document, build_tables
from histkit.citations.references import parse_reference


def test_pages_after_the_closing_quote_are_the_pages():
    ref = parse_reference("Navickas, ‘What happened to class?’ 201.")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("Navickas", "What happened to class?", "201")


def test_a_year_after_the_closing_quote_is_not_read_as_pages():
    assert parse_reference("Smith, ‘Title’ 1990.")["pages"] == ""


def test_the_short_form_points_back_to_the_full_citation():
    text = ("Body. One.1 Two.2\n\n1 Katrina Navickas, ‘What happened to class? New histories of labour’, Social History 36 "
            "(2011), 192–204.\n2 Navickas, ‘What happened to class?’ 201.\n")
    refs = build_tables([Document.from_text(text, doc_id="d")])["references"]
    assert refs.loc[refs["note_no"].astype(str) == "2", "ref_of"].tolist() == ["1:1"]
