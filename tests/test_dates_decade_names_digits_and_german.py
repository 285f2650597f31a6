"""Decades named without their century in German words and with two digits in Polish and Russian (`die frühen
dreißiger Jahre`, `pod koniec lat 70.`, `в 60-е годы`), and the Russian word for years after a decade's number."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(text):
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_german_decade_in_words_after_a_part_word_is_the_decade_of_the_paragraphs_century():
    assert _table("Die frühen dreißiger Jahre brachten 1932 sechs Millionen Arbeitslose.") == [
        ("dreißiger Jahre", "1930-01-01", "1939-12-31"), ("1932", "1932-01-01", "1932-12-31")]


def test_an_age_in_decades_and_an_epithet_are_no_decade():
    assert _table("Die Bauherren von 1955, meist in den Vierzigern, kannten die Goldenen Zwanziger.") == [
        ("1955", "1955-01-01", "1955-12-31")]


def test_a_polish_decade_with_two_digits_and_its_ordinal_stop_is_read_with_its_century():
    assert _table("W 1980 r. lata 70. XX wieku minęły; pod koniec lat 70. dług rósł.") == [
        ("1980 r.", "1980-01-01", "1980-12-31"), ("lata 70. XX wieku", "1970-01-01", "1979-12-31"),
        ("lat 70.", "1970-01-01", "1979-12-31")]


def test_a_russian_decade_with_two_digits_and_the_word_for_years_after_a_decade_are_read():
    assert _table("В середине 1950-х годов началась оттепель; в 60-е годы спорили.") == [
        ("1950-х годов", "1950-01-01", "1959-12-31"), ("60-е годы", "1960-01-01", "1969-12-31")]
