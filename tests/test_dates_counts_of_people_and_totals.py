"""A number of people, sentences or a table's total shaped like a year is a count, no date (the date rounds' rules
105 and 145; `count_words.csv`)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_people_counted_after_a_year_are_no_date():
    assert _surfaces("In 1953 kwamen 1836 mensen om.\n") == ["1953"]


def test_sentences_counted_are_no_date():
    assert _surfaces("The roll of 1914 lists 1913 sentences.\n") == ["1914"]


def test_a_tables_total_row_is_no_date():
    assert _surfaces("Provincie Doden Geëvacueerd\nZeeland 865 49 000\nTotaal 1836 72 000\n") == []
