"""The other pages a note sends the reader to after the pages cited (`…, p. 49, see also p. 44`) are no field: the
short form keeps its cited pages and points back to its work."""

from histkit import Document, build_tables
from histkit.citations.references import parse_reference


def test_see_also_pages_after_the_cited_pages_are_dropped():
    ref = parse_reference("Millington, ‘Limits of Control’, p. 49, see also p. 44.")
    assert (ref["title"], ref["container"], ref["pages"]) == ("Limits of Control", "", "p. 49")


def test_the_short_form_still_points_back():
    text = ("Body. One.1 Two.2\n\n1 D. Millington, ‘Limits of Control’, German History, 30, 2 (2012), pp. 40–60.\n"
            "2 Millington, ‘Limits of Control’, p. 49, see also p. 44.\n")
    refs = build_tables([Document.from_text(text, doc_id="d")])["references"]
    assert refs.loc[refs["note_no"].astype(str) == "2", "ref_of"].tolist() == ["1:1"]
