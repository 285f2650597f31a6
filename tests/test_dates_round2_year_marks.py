"""A year's abbreviation after a date is part of the date's surface (dates round 2)."""

from histkit.dates import find_dates


def test_the_ukrainian_years_abbreviation_is_in_the_surface():
    found = find_dates("Акт проголошено 22 січня 1919 р. на майдані; у 1917–1921 рр. влада змінювалася")
    assert [d.surface for d in found] == ["22 січня 1919 р.", "1917–1921 рр."]


def test_the_polish_years_abbreviation_is_in_the_surface():
    assert [d.surface for d in find_dates("w sierpniu 1920 r. armia")] == ["sierpniu 1920 r."]


def test_the_persian_gregorian_mark_is_in_the_surface():
    assert [d.surface for d in find_dates("شرکت از سال ۱۹۰۹ م. در ایران فعالیت می‌کرد")] == ["۱۹۰۹ م."]
