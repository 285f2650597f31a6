"""Spanish dates with the month first and `de` before the year, as Central American records write them (round 18,
hon)."""

from histkit.dates import find_dates


def _read(text: str) -> list[tuple[str, str]]:
    return [(d.date_start, d.date_end) for d in find_dates(text)]


def test_the_month_before_the_day_and_de_before_the_year_is_a_day():
    assert _read("Carta del jefe político, abril 9 de 1836.") == [("1836-04-09", "1836-04-09")]


def test_two_days_after_the_month_and_de_before_the_year_are_a_span():
    assert _read("Actas del cabildo, mayo 2 y 4 de 1821.") == [("1821-05-02", "1821-05-04")]
