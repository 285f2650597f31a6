"""Numbers of inscriptions, papyri and coins, and sums in ancient coins, are no years."""

import pytest

from histkit.dates.counts import is_counted
from histkit.dates.locators import is_located
from histkit.dates.values import DateMatch


@pytest.mark.parametrize("text, number", [
    ("la Table claudienne (CIL XIII 1668) conserve", "1668"),
    ("another, P.Oxy. XVI 1987, names only", "1987"),
    ("los bronces (CIL II 1963 y 1964); su", "1964"),
    ("Η επιγραφή IG II² 1368, ο νόμος", "1368"),
    ("Надпись КБН 1111 датирована", "1111"),
    ("P.Oxy. 1890, a lease", "1890"),
])
def test_an_editions_number_after_its_volume_is_located_not_a_year(text, number):
    assert is_located(text, text.index(number))


def test_a_year_after_an_ordinary_word_is_not_located():
    assert not is_located("the war of 1914", 11)


def test_a_sum_in_ancient_coins_is_a_count():
    text = "Skarb zawierał 1350 denarów; w 1350 r."
    first, second = text.index("1350"), text.rindex("1350")
    assert is_counted(text, DateMatch(first, first + 4, "1350", "1350-01-01", "1350-12-31", "year"))
    assert not is_counted(text, DateMatch(second, second + 4, "1350", "1350-01-01", "1350-12-31", "year"))
