"""The Russian `с … по …` ("from … to …, the last day in") is a span of days, within a month or across years (the
date rounds' rule 5; `по` a word for "to", ``to_words.csv``)."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_two_days_of_a_month_joined_by_po_are_a_span():
    assert _table("Восстание 1921 г. длилось с 1 по 18 марта.")[1] == ("1 по 18 марта", "1921-03-01", "1921-03-18")


def test_two_whole_days_joined_by_po_are_one_span():
    assert _table("Блокада длилась с 8 сентября 1941 г. по 27 января 1944 г.") == [
        ("8 сентября 1941 г. по 27 января 1944 г.", "1941-09-08", "1944-01-27")]


def test_po_before_a_word_is_no_span():
    assert [r[0] for r in _table("В 1921 г. по решению съезда, 18 марта 1921 г., флот сдался.")] == [
        "1921 г.", "18 марта 1921 г."]
