"""A Gregorian day and month with a year of an era that opens in April, its Gregorian year in brackets (round 18,
siam:3, 4, 13): the brackets give the year, as no offset from the era's year can."""

from histkit.dates import find_dates


def _read(text: str) -> list[tuple[str, str]]:
    return [(d.date_start, d.date_end) for d in find_dates(text)]


def test_the_bracketed_year_dates_a_day_of_a_rattanakosin_year():
    assert _read("Letter of the commissioner, 20 January R.S. 115 (1897), file 4.") == [("1897-01-20", "1897-01-20")]


def test_the_bracketed_year_dates_days_of_a_buddhist_year():
    assert _read("Minutes, 5–7 March B.E. 2461 (1919).") == [("1919-03-05", "1919-03-07")]


def test_a_venetian_year_with_its_mark_reads_the_bracketed_year():
    assert _read("Notarile antico, b. 12, 20 gennaio 1699 m.v. [1700].") == [("1700-01-20", "1700-01-20")]
