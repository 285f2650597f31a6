"""A noun of persons made of a year names people, not a time (the date rounds' rule 136)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_the_1968ers_give_no_year_but_the_decade_beside_them_stays():
    assert _surfaces("The 1968ers were in office by the 1990s.\n") == ["1990s"]
