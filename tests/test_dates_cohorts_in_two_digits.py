"""A generation or a call-up class named by the two digits of its year is that year, in the century of the dates
nearest it (the date rounds' rule 136)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_the_generation_of_27_is_1927_beside_the_poets_births():
    assert _table("La Generación del 27 reunió a poetas nacidos entre 1891 y 1906.\n") == [
        ("27", "1927-01-01", "1927-12-31"), ("1891 y 1906", "1891-01-01", "1906-12-31")]


def test_the_boys_of_99_without_an_apostrophe_are_the_class_of_1899():
    assert _table("Nel 1917 furono chiamati alle armi i ragazzi del 99.\n") == [
        ("1917", "1917-01-01", "1917-12-31"), ("99", "1899-01-01", "1899-12-31")]

