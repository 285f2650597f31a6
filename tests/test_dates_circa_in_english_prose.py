"""An English historian's `c.` before a year is *circa* in the body, a leaf's or a page's number in notes (the date
rounds' rules 42, 85 and 111)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end", "zone"]].values.tolist()]


def test_a_year_after_c_in_the_body_is_that_year_and_a_persons_years_a_span():
    assert _table("Jan van Eyck (c. 1390–1441) painted it; by c. 1500 Antwerp led.\n") == [
        ("1390–1441", "1390-01-01", "1441-12-31", "body"), ("1500", "1500-01-01", "1500-12-31", "body")]


def test_a_leaf_after_c_glued_to_its_side_is_no_year():
    assert _table("The register survives (reg. 12, c. 1450v) in 1460.\n") == [
        ("1460", "1460-01-01", "1460-12-31", "body")]
