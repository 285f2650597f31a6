"""Decades named with a word in Dutch, Greek, Hungarian and Persian (dates round 2)."""

from histkit.dates import find_dates


def _read(text):
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text)]


def test_a_dutch_decade():
    assert _read("Sinds de jaren 1960 staat") == [("jaren 1960", "1960-01-01", "1969-12-31")]


def test_a_greek_decade():
    assert _read("Τη δεκαετία του 1930 η χώρα") == [("δεκαετία του 1930", "1930-01-01", "1939-12-31")]


def test_a_hungarian_decade_with_its_case():
    assert _read("Az 1960-as években Kádár") == [("1960-as években", "1960-01-01", "1969-12-31")]


def test_a_persian_decade_is_gregorian_only_with_a_gregorian_year():
    # (`دهه ۱۳۵۰` counts Solar Hijri years: not the Gregorian 1350s)
    assert _read("در دهه ۱۳۵۰ و پژوهش‌های دهه ۱۹۸۰ میلادی") == [("دهه ۱۹۸۰", "1980-01-01", "1989-12-31")]
