"""A decade named in words without its century is read in the century of the nearest year the paragraph names
(histkit.dates.decadenames, decade_names.csv); with no year beside it there is no row."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates import find_dates
from histkit.dates.decadenames import find_decade_names


def _named(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_decade_names(text, find_dates(text))]


def test_a_decade_in_words_takes_the_century_of_the_year_beside_it():
    assert _named("In de jaren zestig, na 1962, groeide de stad.") == [("jaren zestig", "1960-01-01", "1969-12-31")]


def test_the_nearest_year_decides_the_century():
    assert _named("Nel 1848 la città insorse; negli anni venti, dopo il 1921, crebbe.") == [
        ("anni venti", "1920-01-01", "1929-12-31")]


def test_a_decade_in_words_in_a_text_without_a_year_gives_no_row():
    assert _named("Fis-snin sittin il-belt kibret.") == []


def test_in_the_dates_table_a_decade_in_words_is_a_row_of_the_body():
    table = dates_table(analyse_layout(Document.from_text("Fis-snin sittin, wara l-1962, il-belt kibret.\n", doc_id="d")))
    assert table[["surface", "date_start", "date_end"]].values.tolist() == [
        ["snin sittin", "1960-01-01", "1969-12-31"], ["1962", "1962-01-01", "1962-12-31"]]
