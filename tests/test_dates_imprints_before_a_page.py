"""A book's bracketed imprint before its page, and an imprint after an abbreviated place or a publisher's `Co.`, are
no dates wherever the layout puts them (the date rounds' rule 64); a bracket of a place and a year in prose stays."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_a_bracketed_imprint_before_its_page_is_no_date_outside_the_notes():
    text = "The calendar of 1903 is printed by Purvis, Emmeline Pankhurst (London, 2002), 190.\n"
    assert _surfaces(text) == ["1903"]


def test_a_bracket_of_a_place_and_a_year_without_a_page_stays_a_date():
    assert _surfaces("The Congress (Vienna, 1815) redrew the map.\n") == ["1815"]


def test_a_year_after_an_abbreviated_place_is_an_imprint():
    text = "The census of 1897 was printed in Первая всеобщая перепись населения Российской империи 1897 г. СПб., 1905.\n"
    assert _surfaces(text) == ["1897", "1897 г."]


def test_a_year_after_a_publishers_co_is_an_imprint():
    assert _surfaces("The strike of 1926 (New York: Harcourt, Brace & Co., 1929) is told.\n") == ["1926"]



def test_a_titles_year_before_its_tome_stays_and_an_imprints_year_after_a_comma_goes():
    text = "Die Politik von der bosnischen Krise bis zum Kriegsausbruch 1914, t. I; Paris, 1849, t. II, p. 101.\n"
    assert _surfaces(text) == ["1914"]
