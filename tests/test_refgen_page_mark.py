"""A page mark read from its shape: one or two lower-case letters and a full stop before the pages that end a reference."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def test_an_unknown_short_abbreviation_before_the_closing_pages_marks_them():
    # (`qz.`: a made-up language's word for a page)
    ref = parse_reference("P. Ruyter, Het veen, Leiden: Brill, 1977, qz. 12-30.")
    assert (ref["title"], ref["year"], ref["pages"]) == ("Het veen", "1977", "qz. 12-30")


def test_a_repeat_with_an_unknown_page_mark_repeats_the_authors_work():
    notes = ["P. Ruyter, Het veen, Leiden: Brill, 1977, 12.", "Ruyter, q.v.z., qz. 40."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": notes})).references
    assert refs.ref_of.tolist() == ["", "1:1"]
    assert refs.pages.tolist()[-1] == "qz. 40"
