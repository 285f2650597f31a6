"""A month's name opens a date only where it begins a word: a name ending in one is no month."""

from histkit.dates import find_dates, find_days_without_year


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.precision) for m in find_dates(text)]


def test_a_surname_ending_in_a_month_name_dates_only_its_year():
    assert _read("(Smart 1950); LeMay 1951; Walmart 1952") == [
        ("1950", "year"), ("1951", "year"), ("1952", "year")]


def test_a_month_after_a_hyphen_or_an_elided_article_is_read():
    assert _read("mid-May 1950, d’août 1951") == [("May 1950", "month"), ("août 1951", "month")]


def test_an_irish_month_after_its_mutation_letters_is_read():
    assert _read("i mBealtaine 1926 agus i bhFeabhra 1932") == [
        ("Bealtaine 1926", "month"), ("Feabhra 1932", "month")]


def test_a_day_without_its_year_is_not_read_in_a_name_ending_in_a_month():
    assert [d.surface for d in find_days_without_year("Lemay 12 came, then on May 14", 1950)] == ["May 14"]
