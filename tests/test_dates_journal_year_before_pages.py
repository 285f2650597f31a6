"""A journal's year in brackets between its volume and its pages, the pages written without their word, is the
volume's, no date (the date rounds' rules 64 and 131)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_a_journal_year_between_volume_and_pages_is_no_date_but_a_title_year_stays():
    assert _surfaces("Zie K. de Vries, 'De generatie van 1880', Tijdschrift voor Geschiedenis 98 (1985) 45-67.\n") \
        == ["1880"]


def test_a_year_in_brackets_after_a_count_with_no_pages_after_it_stays():
    assert _surfaces("The party won 43 (1932) seats and lost them in 1933.\n") == ["1932", "1933"]
