"""Dates round 1 (tests/fixtures/dates/round1): numerals its blind articles wrote that the readers missed."""

from histkit import Document, analyse_layout, dates_table
from histkit.dates import day_first_in, find_dates


def _table(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))


def test_a_paragraph_whose_years_are_in_devanagari_digits_has_its_dates_read():
    table = _table("दांडी यात्रा १२ मार्च १९३० को शुरू हुई। यात्रा में 78 सत्याग्रही थे।\n")
    assert table[["surface", "date_start"]].values.tolist() == [["१२ मार्च १९३०", "1930-03-12"]]


def test_a_year_of_the_local_count_in_persian_digits_is_no_gregorian_year_but_a_later_one_is():
    table = _table("در سال ۱۳۳۲ کودتا شد و در ۱۹۸۵ کتابی درباره آن منتشر شد.\n")
    assert table[["surface", "date_start"]].values.tolist() == [["۱۹۸۵", "1985-01-01"]]


def test_an_ordinal_day_written_with_a_degree_or_its_stop_and_degree_is_a_day():
    found = [(d.surface, d.date_start, d.precision) for d in find_dates("el 1.º de octubre de 1936; il 1° maggio 1921")]
    assert found == [("1.º de octubre de 1936", "1936-10-01", "day"), ("1° maggio 1921", "1921-05-01", "day")]


def test_a_day_before_a_month_joined_to_its_year_by_a_word_makes_slashed_dates_day_first():
    assert day_first_in(["se trasladó el 6/11/1936", "se proclamó el 14 de abril de 1931"])
